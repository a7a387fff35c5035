/**
 * What is specific to the embedded database: where the file lives, the durability pragmas, STRICT
 * tables, and how `openStore` chooses between SQLite and PostgreSQL.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, SQLITE_FILE_NAME } from '../../src/store/index.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { BUSY_TIMEOUT_MS, openSqlite } from '../../src/store/sqlite-connection.ts';
import { delivery } from './helpers.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'indikator-sqlite-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the SQLite store', () => {
  it('creates <dataDir>/indikator.sqlite, making the directory on first use', async () => {
    const dataDir = join(dir, 'nested', 'data');
    const store = await openStore({ dataDir });
    expect(store.kind).toBe('sqlite');
    await store.close();
    expect(existsSync(join(dataDir, SQLITE_FILE_NAME))).toBe(true);
  });

  it('opens connections with WAL, synchronous=FULL, foreign keys and a busy timeout', async () => {
    const { db } = openSqlite(dir);
    try {
      const pragma = async (name: string) => (await sql.raw(`pragma ${name}`).execute(db)).rows[0];
      expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
      expect(await pragma('synchronous')).toEqual({ synchronous: 2 });
      expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
      expect(await pragma('busy_timeout')).toEqual({ timeout: BUSY_TIMEOUT_MS });
    } finally {
      await db.destroy();
    }
  });

  it('records the applied migrations and uses STRICT tables with foreign keys', async () => {
    const { db } = openSqlite(dir);
    // Every registered migration, in name order, starting with the initial schema.
    const names = Object.keys(migrations('sqlite')).sort();
    expect(names[0]).toBe('0001_initial');
    expect(await migrateToLatest(db, 'sqlite')).toEqual(names);
    expect(await migrateToLatest(db, 'sqlite')).toEqual([]);
    await expect(
      sql`insert into delivery_cells (delivery_id, municipality, grp, breakdown, numerator, suppressed, note) values (1, '999', 'target', '', 'many', 0, '')`.execute(
        db,
      ),
    ).rejects.toThrow(/cannot store TEXT value in INTEGER column/);
    await expect(
      sql`insert into delivery_cells (delivery_id, municipality, grp, breakdown, numerator, suppressed, note) values (99, '999', 'target', '', 1, 0, '')`.execute(
        db,
      ),
    ).rejects.toThrow(/FOREIGN KEY/);
    await expect(
      sql`insert into delivery_cells (delivery_id, municipality, grp, breakdown, suppressed, note) values (99, '999', 'everyone', '', 0, '')`.execute(db),
    ).rejects.toThrow(/CHECK/);
    for (const municipality of ['10', '1a1', '1010']) {
      await expect(
        sql`insert into delivery_cells (delivery_id, municipality, grp, breakdown, suppressed, note) values (99, ${municipality}, 'target', '', 0, '')`.execute(
          db,
        ),
      ).rejects.toThrow(/CHECK/);
    }
    await db.destroy();
  });

  it('stores booleans as 0/1 and timestamps as ISO-8601 UTC text', async () => {
    const store = await openStore({ dataDir: dir, now: () => new Date('2025-10-01T12:30:00+02:00') });
    await store.saveDelivery(delivery({ thirdGeneration: true }));
    await store.close();
    const raw = new SqliteDatabase(join(dir, SQLITE_FILE_NAME), { readonly: true });
    try {
      expect(raw.prepare('select third_generation, created_at from deliveries').get()).toEqual({
        third_generation: 1,
        created_at: '2025-10-01T10:30:00.000Z',
      });
      expect(raw.prepare(`select suppressed from delivery_cells where grp = 'other'`).get()).toEqual({ suppressed: 1 });
    } finally {
      raw.close();
    }
  });
});

describe('choosing the database', () => {
  it('refuses a DATABASE_URL that is not PostgreSQL instead of silently using SQLite', async () => {
    await expect(openStore({ dataDir: dir, databaseUrl: 'mysql://x@localhost/db' })).rejects.toThrow(/postgres:\/\//);
    expect(existsSync(join(dir, SQLITE_FILE_NAME))).toBe(false);
  });

  it('treats an empty DATABASE_URL as unset', async () => {
    const store = await openStore({ dataDir: dir, databaseUrl: '' });
    expect(store.kind).toBe('sqlite');
    await store.close();
  });
});
