/**
 * A store made by an older version of the product opens and is brought up to date — also when
 * its migrations were applied out of number order (work that landed in parallel).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/store/migrations/index.ts';
import { openSqlite } from '../../src/store/sqlite-connection.ts';
import { openStore } from '../../src/store/index.ts';

async function applyOnly(dataDir: string, names: readonly string[]): Promise<void> {
  const { db } = openSqlite(dataDir);
  const all = migrations('sqlite');
  const chosen = Object.fromEntries(names.map((n) => [n, all[n] as NonNullable<(typeof all)[string]>]));
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => chosen } }).migrateToLatest();
  await db.destroy();
  if (error) throw error;
}

describe('opening a store made by an older version', () => {
  for (const applied of [['0001_initial'], ['0001_initial', '0003_rounds']]) {
    it(`applies what is missing after ${applied.join(' + ')}`, async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-upgrade-'));
      try {
        await applyOnly(dir, applied);
        const store = await openStore({ dataDir: dir });
        expect(await store.listRounds()).toEqual([]);
        expect(await store.listContext()).toEqual([]);
        await store.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }
});
