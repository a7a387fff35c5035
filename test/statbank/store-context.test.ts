/**
 * `Store.saveContext` / `listContext` on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set
 * (see test/store/backends.ts): replacement per municipality × table in one audited transaction,
 * the order rows come back in, and what both databases refuse.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import type { ContextRow } from '../../src/cells/index.ts';
import { backends, type TestDatabase } from '../store/backends.ts';

function contextRow(overrides: Partial<ContextRow> = {}): ContextRow {
  return {
    tableId: 'FOLK1E',
    updated: '2025-08-11T08:00:00',
    fetchedAt: '2025-09-01T10:00:00.000Z',
    municipality: '825',
    scope: 'municipal',
    series: 'population',
    breakdown: '',
    period: '2025K3',
    group: 'target',
    category: '',
    label: '',
    value: 151,
    unit: 'persons',
    suppressed: false,
    source: 'Danmarks Statistik, Statistikbanken, tabel FOLK1E: Befolkningen den 1. i kvartalet',
    ...overrides,
  };
}

describe.each(backends)('context series on $name', (backend) => {
  let db: TestDatabase;
  let store: Store;

  afterEach(async () => {
    await store?.close();
    await db?.cleanup();
  });

  async function open(): Promise<Store> {
    db = await backend.create();
    store = await openStore({ ...db.options, now: () => new Date('2025-09-01T10:00:00.000Z') });
    return store;
  }

  it('stores rows and reads them back in key order, with nulls, fractions and labels intact', async () => {
    const s = await open();
    const rows = [
      contextRow({ group: 'total', value: 1539 }),
      contextRow(),
      contextRow({ series: 'population_share', value: 151 / 1539, unit: 'share' }),
      contextRow({ breakdown: 'age=65+', value: null, suppressed: true }),
      contextRow({ tableId: 'KMSTA001', series: 'residents', breakdown: 'sogn=9901', label: 'Nordby Sogn', value: 60, period: '2025' }),
      contextRow({
        tableId: 'STRAFNA6',
        group: 'not_split',
        category: 'foreign_origin',
        series: 'guilty_rate',
        unit: 'per1000',
        value: 56.60377358490566,
        period: '2023',
      }),
    ];
    expect(await s.saveContext({ municipality: '825', tableIds: ['FOLK1E', 'KMSTA001', 'STRAFNA6'], rows, actor: 'test' })).toBe(6);
    const stored = await s.listContext();
    expect(stored.map((r) => `${r.tableId} ${r.series} ${r.breakdown} ${r.group}`)).toEqual([
      'FOLK1E population  target',
      'FOLK1E population  total',
      'FOLK1E population age=65+ target',
      'FOLK1E population_share  target',
      'KMSTA001 residents sogn=9901 target',
      'STRAFNA6 guilty_rate  not_split',
    ]);
    expect(stored.find((r) => r.breakdown === 'age=65+')).toEqual(rows[3]);
    expect(stored.find((r) => r.tableId === 'STRAFNA6')).toEqual(rows[5]);
    expect(stored.find((r) => r.series === 'population_share')?.value).toBe(151 / 1539);
  });

  it('replaces the rows of the tables saved, for that municipality only, with an audit entry', async () => {
    const s = await open();
    const counter = await s.changeCounter();
    await s.saveContext({
      municipality: '825',
      tableIds: ['FOLK1E', 'RAS200'],
      rows: [contextRow(), contextRow({ tableId: 'RAS200', series: 'employment_rate', unit: 'percent', value: 74.1 })],
      actor: 'a',
    });
    await s.saveContext({ municipality: '101', tableIds: ['FOLK1E'], rows: [contextRow({ municipality: '101', value: 90_000 })], actor: 'a' });
    await s.saveContext({ municipality: '825', tableIds: ['FOLK1E'], rows: [contextRow({ value: 152, updated: '2025-11-10T08:00:00' })], actor: 'b' });

    const laesoe = await s.listContext({ municipality: '825' });
    expect(laesoe.map((r) => [r.tableId, r.value, r.updated])).toEqual([
      ['FOLK1E', 152, '2025-11-10T08:00:00'],
      ['RAS200', 74.1, '2025-08-11T08:00:00'],
    ]);
    expect((await s.listContext({ municipality: '101' })).map((r) => r.value)).toEqual([90_000]);
    expect((await s.listContext({ tableIds: ['RAS200'] })).map((r) => r.municipality)).toEqual(['825']);
    expect(await s.listContext({ tableIds: [] })).toEqual([]);

    const audit = await s.auditLog({ action: 'statbank.fetch' });
    expect(audit.map((e) => [e.actor, e.objectId])).toEqual([
      ['a', '825'],
      ['a', '101'],
      ['b', '825'],
    ]);
    expect(audit[2]?.details).toEqual({ tables: [{ tableId: 'FOLK1E', updated: '2025-11-10T08:00:00', rows: 1 }] });
    expect(await s.changeCounter()).toBeGreaterThan(counter);
  });

  it('empties a table when it is saved without rows', async () => {
    const s = await open();
    await s.saveContext({ municipality: '825', tableIds: ['FOLK1E'], rows: [contextRow()], actor: 'a' });
    expect(await s.saveContext({ municipality: '825', tableIds: ['FOLK1E'], rows: [], actor: 'a' })).toBe(0);
    expect(await s.listContext()).toEqual([]);
  });

  it('refuses rows that do not belong, and a suppressed row with a value, storing nothing', async () => {
    const s = await open();
    const save = (rows: ContextRow[], tableIds = ['FOLK1E']) => s.saveContext({ municipality: '825', tableIds, rows, actor: 'a' });
    await expect(save([contextRow({ municipality: '101' })])).rejects.toThrow(/must be the municipality saved/);
    await expect(save([contextRow({ tableId: 'EB4' })])).rejects.toThrow(/must be one of tableIds/);
    await expect(save([contextRow({ suppressed: true, value: 3 })])).rejects.toThrow(/a suppressed row has no value/);
    await expect(save([contextRow({ value: Number.NaN })])).rejects.toThrow(TypeError);
    await expect(save([contextRow({ group: 'somebody' as ContextRow['group'] })])).rejects.toThrow(TypeError);
    await expect(save([contextRow(), contextRow()])).rejects.toThrow();
    expect(await s.listContext()).toEqual([]);
    expect(await s.auditLog({ action: 'statbank.fetch' })).toEqual([]);
  });

  it('has database checks behind the store: a bad group or unit is refused by the database itself', async () => {
    await open();
    const insert = (grp: string, unit: string) =>
      db.exec(
        `insert into context_series (table_id, updated, fetched_at, municipality, scope, series, breakdown, period, grp, category, label, value, unit, suppressed, source)
         values ('FOLK1E', 'u', 'f', '825', 'municipal', 'population', '', '2025K3', '${grp}', '', '', 1, '${unit}', ${backend.name === 'sqlite' ? 0 : 'false'}, 's')`,
      );
    await expect(insert('everyone', 'persons')).rejects.toThrow();
    await expect(insert('target', 'people')).rejects.toThrow();
    await expect(insert('target', 'persons')).resolves.toEqual([]);
  });
});
