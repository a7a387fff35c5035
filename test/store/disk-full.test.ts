/**
 * Issue 17, item 10: when the disk is full the data stay safe — the save is rolled back — and the
 * user is told so in Danish and English, instead of SQLite's "cannot rollback - no transaction is
 * active" or a generic internal error. SQLite's own page limit (`max_page_count`) makes the
 * database full exactly as a full disk does (SQLITE_FULL); as root, a tiny tmpfs makes the disk
 * itself full under the command line.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreFullError } from '../../src/store/index.ts';
import { withDiskFullErrors } from '../../src/store/errors.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { openSqlite } from '../../src/store/sqlite-connection.ts';
import { storeOver } from '../../src/store/store-over.ts';
import { deliveryCsv, shareRow } from '../cli/delivery-files.ts';
import { runCli } from '../cli/helpers.ts';
import { delivery, manyCells } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'indikator-full-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a full disk', () => {
  it('rolls the save back and says the disk is full, in Danish and English', async () => {
    const { db } = openSqlite(join(dir, 'pages'));
    await migrateToLatest(db, 'sqlite');
    const store = withDiskFullErrors(storeOver({ db, dialect: 'sqlite', now: () => '2026-01-01T00:00:00.000Z' }));
    await store.saveDelivery(delivery());
    const before = await store.fingerprint();
    const pages = await sql<{ page_count: number }>`PRAGMA page_count`.execute(db);
    await sql.raw(`PRAGMA max_page_count = ${Number(pages.rows[0]?.page_count) + 2}`).execute(db);
    const error = await store.saveDelivery(delivery({ period: '2024', cells: manyCells(5000) })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreFullError);
    expect((error as Error).message).toContain('disken er fuld');
    expect((error as Error).message).toContain('the disk is full');
    expect((error as Error).message).not.toContain('cannot rollback');
    expect(await store.fingerprint()).toBe(before);
    await sql.raw(`PRAGMA max_page_count = ${2 ** 30 - 1}`).execute(db);
    expect((await store.saveDelivery(delivery({ period: '2024', cells: manyCells(50) }))).kind).toBe('created');
    await db.destroy();
  });

  const root = process.getuid?.() === 0;
  it.skipIf(!root)(
    'makes `indikator import` on a full file system exit with the message, not an internal error',
    async () => {
      const mount = join(dir, 'tmpfs');
      mkdirSync(mount);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mount]);
      try {
        const dataDir = join(mount, 'data');
        const small = join(dir, 'small.csv');
        writeFileSync(small, deliveryCsv([shareRow('target', 412, 1000), shareRow('comparison', 900, 2000)]));
        expect((await runCli(['import', small], { dataDir })).code).toBe(0);
        // Fill what is left of the file system, then import something bigger.
        try {
          execFileSync('dd', ['if=/dev/zero', `of=${join(mount, 'filler')}`, 'bs=64k'], { stdio: 'ignore' });
        } catch {
          // dd stops with "no space left", which is the point.
        }
        const rows = Array.from({ length: 20 }, (_, i) => shareRow('target', 10, 100, { period: String(2000 + i), note: `n${i}`.padEnd(200, 'x') }));
        const big = join(dir, 'big.csv');
        writeFileSync(big, deliveryCsv(rows));
        const result = await runCli(['import', big], { dataDir });
        expect(result.code).not.toBe(0);
        expect(result.stderr).toContain('disken er fuld');
        expect(result.stderr).toContain('the disk is full');
        expect(result.stderr).not.toContain('internal error');
      } finally {
        execFileSync('umount', [mount]);
      }
    },
    60_000,
  );
});
