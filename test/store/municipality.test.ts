/**
 * The municipality as a dimension of stored cells (migration 0005), on every backend: one delivery
 * holds many municipalities' cells, and a store created at the schema before 0005 is migrated
 * to the configured own municipality without losing or changing a value.
 */
import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/store/migrations/index.ts';
import { openPostgres } from '../../src/store/postgres-connection.ts';
import { openSqlite } from '../../src/store/sqlite-connection.ts';
import { DuplicateCellError, openStore, type Store } from '../../src/store/index.ts';
import { backends, type TestDatabase } from './backends.ts';
import { cell, delivery, sha, tickingClock } from './helpers.ts';

/** The migrations a store had before the municipality dimension. */
const BEFORE_0005 = ['0001_initial', '0002_context', '0003_rounds'];

describe.each(backends)('municipalities in the store on $name', ({ name, create }) => {
  let testDb: TestDatabase;
  let store: Store | undefined;

  beforeEach(async () => {
    testDb = await create();
  });

  afterEach(async () => {
    await store?.close();
    store = undefined;
    await testDb?.cleanup();
  });

  it('stores one delivery with the cells of several municipalities and the country, ordered by code', async () => {
    store = await openStore({ ...testDb.options, now: tickingClock() });
    const at = (municipality: string, numerator: number, denominator: number) => ({ ...cell('target', '', numerator, denominator), municipality });
    const result = await store.saveDelivery(delivery({ cells: [at('147', 40, 100), at('000', 100, 300), at('101', 60, 200)] }));
    const stored = await store.getDelivery(result.delivery.id);
    expect(stored?.cellCount).toBe(3);
    expect(stored?.cells.map((c) => [c.municipality, c.numerator, c.denominator])).toEqual([
      ['000', 100, 300],
      ['101', 60, 200],
      ['147', 40, 100],
    ]);
    // The same group and breakdown twice in one municipality is still a duplicate.
    await expect(store.saveDelivery(delivery({ fileHash: sha('dup'), cells: [at('101', 1, 5), at('101', 2, 5)] }))).rejects.toBeInstanceOf(DuplicateCellError);
    await expect(store.saveDelivery(delivery({ fileHash: sha('bad'), cells: [at('1O1', 1, 5)] }))).rejects.toThrow(/three-digit kommunekode/);
  });

  it('migrates a store made before the municipality dimension to the own municipality without loss', async () => {
    const db = name === 'sqlite' ? openSqlite(testDb.options.dataDir).db : openPostgres(testDb.options.databaseUrl as string);
    const all = migrations(name);
    const chosen = Object.fromEntries(BEFORE_0005.map((n) => [n, all[n] as NonNullable<(typeof all)[string]>]));
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => chosen } }).migrateToLatest();
    expect(error).toBeUndefined();
    // Two versions of one delivery as the old product wrote them (no municipality column);
    // booleans as parameters, which both databases take as 0/1.
    const [no, yes] = [0, 1];
    await sql`insert into deliveries (indicator, period, version, file_name, file_hash, source, definition, third_generation,
                created_at, created_by, status, status_comment, cell_count)
              values ('selvforsoergelse', '2025', 1, 'a.csv', ${sha('a')}, 'file', 'origin', ${no}, '2025-03-01T09:00:00.000Z', 'anna', 'published', 'ok', 3),
                     ('selvforsoergelse', '2025', 2, 'b.csv', ${sha('b')}, 'file', 'origin', ${no}, '2025-03-02T09:00:00.000Z', 'anna', 'delivered', '', 2)`.execute(
      db,
    );
    await sql`insert into delivery_cells (delivery_id, grp, breakdown, numerator, denominator, value, sd, n, suppressed, note)
              values (1, 'target', '', 120, 400, 0.3, null, 400, ${no}, ''),
                     (1, 'comparison', 'age=18+', 900, 2000, 0.45, 1.25, 2000, ${no}, 'revideret'),
                     (1, 'other', '', null, null, null, null, null, ${yes}, 'under 5'),
                     (2, 'target', '', 130, 400, 0.325, null, 400, ${no}, ''),
                     (2, 'total', '', 1150, 2600, 0.4423, null, 2600, ${no}, '')`.execute(db);
    await db.destroy();

    store = await openStore({ ...testDb.options, ownMunicipality: '101', now: tickingClock('2026-01-01T00:00:00.000Z') });
    const v1 = await store.getDelivery(1);
    expect(v1?.cells).toEqual([
      { municipality: '101', group: 'target', breakdown: '', numerator: 120, denominator: 400, value: 0.3, sd: null, n: 400, suppressed: false, note: '' },
      {
        municipality: '101',
        group: 'comparison',
        breakdown: 'age=18+',
        numerator: 900,
        denominator: 2000,
        value: 0.45,
        sd: 1.25,
        n: 2000,
        suppressed: false,
        note: 'revideret',
      },
      {
        municipality: '101',
        group: 'other',
        breakdown: '',
        numerator: null,
        denominator: null,
        value: null,
        sd: null,
        n: null,
        suppressed: true,
        note: 'under 5',
      },
    ]);
    expect(v1).toMatchObject({ version: 1, status: 'published', statusComment: 'ok', cellCount: 3 });
    const latest = await store.latestDeliveries();
    expect(latest.map((d) => [d.version, d.cells.map((c) => `${c.municipality} ${c.group} ${c.numerator}`)])).toEqual([
      [2, ['101 target 130', '101 total 1150']],
    ]);
    expect(await store.stats()).toEqual({ deliveries: 2, cells: 5, audit: 1 });
    const [entry] = await store.auditLog({ action: 'store.migrate' });
    expect(entry).toMatchObject({ actor: 'system', objectId: '0005_municipality', details: { municipality: '101', cells: 5 }, at: '2026-01-01T00:00:00.000Z' });
    // The migrated cells are as append-only as before, and the new key takes other municipalities.
    await expect(testDb.exec('update delivery_cells set numerator = 0')).rejects.toThrow(/append-only/);
    await expect(testDb.exec('delete from delivery_cells')).rejects.toThrow(/append-only/);
    await expect(
      testDb.exec(`insert into delivery_cells (delivery_id, municipality, grp, breakdown, suppressed, note) values (2, '10', 'target', '', false, '')`),
    ).rejects.toThrow(/check/i);
    await testDb.exec(
      `insert into delivery_cells (delivery_id, municipality, grp, breakdown, numerator, suppressed, note) values (2, '000', 'target', '', 7, false, '')`,
    );
    expect((await store.getDelivery(2))?.cells.map((c) => c.municipality)).toEqual(['000', '101', '101']);
  });

  it('writes no audit entry when an empty store is migrated', async () => {
    store = await openStore({ ...testDb.options, ownMunicipality: '101' });
    expect(await store.stats()).toEqual({ deliveries: 0, cells: 0, audit: 0 });
  });
});
