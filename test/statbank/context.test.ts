/**
 * `fetchContext` end to end over the BUILT fixtures (synthetic figures for Læsø, 825, and the whole
 * country; see built.ts): the series per table with values added up by hand from built.ts, small
 * counts suppressed, the parish indices, the store, the audit entry, and the cache and offline
 * behaviour of a whole fetch.
 */
import { describe, expect, it } from 'vitest';
import { ContextRequestError, contextTablesFor, fetchContext, type FetchContextDeps } from '../../src/services/statbank.ts';
import { createStatbankClient, StatbankOfflineError } from '../../src/statbank-client/index.ts';
import type { Store } from '../../src/store/index.ts';
import type { ContextRow } from '../../src/cells/index.ts';
import { builtResponder } from './built.ts';
import { type Answer, type Exchange, type FixtureServer, startFixtureServer } from './fixture-server.ts';
import { clientFor, row, serve, sqliteStore, tickingClock } from './helpers.ts';

function deps(server: { url: string }, store: Store, extra: Partial<FetchContextDeps> = {}): FetchContextDeps {
  return { client: clientFor(server), store, threshold: 5, now: tickingClock(), actor: 'test', ...extra };
}

async function fetched(): Promise<{ rows: ContextRow[]; server: FixtureServer; store: Store }> {
  const server = await serve(builtResponder());
  const store = await sqliteStore();
  const outcome = await fetchContext({ municipality: '825' }, deps(server, store));
  return { rows: outcome.rows, server, store };
}

const value = (rows: readonly ContextRow[], where: Partial<ContextRow>) => row(rows, where).value;

describe('fetchContext: the series', () => {
  it('FOLK1E: the origin mix of the municipality and the country (target = HERKOMST 25 + 35)', async () => {
    const { rows } = await fetched();
    const m = { tableId: 'FOLK1E', scope: 'municipal', period: '2025K3', breakdown: '' } as const;
    // Læsø: 25 = 50 + 50, 35 = 29 + 22 → 151; 1 → 1,370; 24 + 34 = 15 + 3 → 18; all 1,539.
    expect(value(rows, { ...m, series: 'population', group: 'target' })).toBe(151);
    expect(value(rows, { ...m, series: 'population', group: 'comparison' })).toBe(1370);
    expect(value(rows, { ...m, series: 'population', group: 'other' })).toBe(18);
    expect(value(rows, { ...m, series: 'population', group: 'total' })).toBe(1539);
    expect(value(rows, { ...m, series: 'population_share', group: 'target' })).toBeCloseTo(151 / 1539, 12);
    // Men: 25 → 10 + 8 + 30 + 2 = 50, 35 → 20 + 6 + 3 = 29.
    expect(value(rows, { ...m, breakdown: 'sex=M', series: 'population', group: 'target' })).toBe(79);
    expect(value(rows, { ...m, breakdown: 'age=30-49', series: 'population', group: 'target' })).toBe(58 + 3);
    const n = { tableId: 'FOLK1E', scope: 'national', period: '2025K3', breakdown: '', series: 'population' } as const;
    expect(value(rows, { ...n, group: 'target' })).toBe(548_000 + 309_000);
    expect(value(rows, { ...n, group: 'other' })).toBe(310_000 + 49_000);
    expect(row(rows, { ...n, group: 'target' }).source).toBe('Danmarks Statistik, Statistikbanken, tabel FOLK1E: Befolkningen den 1. i kvartalet');
    expect(row(rows, { ...n, group: 'target' }).updated).toBe('2025-08-11T08:00:00');
  });

  it('suppresses the small municipal counts (1–4 persons) and everything that would reveal them', async () => {
    const { rows } = await fetched();
    const m = { tableId: 'FOLK1E', scope: 'municipal', series: 'population' } as const;
    expect(row(rows, { ...m, breakdown: 'age=0-17', group: 'other' })).toMatchObject({ suppressed: true, value: null }); // 1 + 2
    expect(row(rows, { ...m, breakdown: 'age=18-29', group: 'other' })).toMatchObject({ suppressed: true, value: null }); // 2 + 2
    expect(row(rows, { ...m, breakdown: 'age=65+', group: 'target' })).toMatchObject({ suppressed: true, value: null }); // 2 + 1
    expect(row(rows, { ...m, series: 'population_share', breakdown: 'age=65+', group: 'target' })).toMatchObject({ suppressed: true, value: null });
    for (const r of rows) {
      if (r.unit === 'persons' && r.value !== null) expect(r.value === 0 || r.value >= 5, `${r.tableId} ${r.series} ${r.breakdown} ${r.group}`).toBe(true);
      if (r.suppressed) expect(r.value).toBeNull();
    }
  });

  it('EB4: the groups with the third generation, and the children of descendants', async () => {
    const { rows } = await fetched();
    const m = { tableId: 'EB4', scope: 'municipal', period: '2025', breakdown: '' } as const;
    // target = 4×IV + 3A×IV + BAE×IV = 100 + 45 + 16; comparison = 5A; other = 15 + 3 + 0.
    expect(value(rows, { ...m, series: 'population_third_generation', group: 'target' })).toBe(161);
    expect(value(rows, { ...m, series: 'population_third_generation', group: 'comparison' })).toBe(1360);
    expect(value(rows, { ...m, series: 'population_third_generation', group: 'other' })).toBe(18);
    expect(value(rows, { ...m, series: 'children_of_descendants', group: 'target' })).toBe(16);
    expect(value(rows, { ...m, series: 'children_of_descendants', group: 'total' })).toBe(16);
  });

  it('RAS200: employment rates per origin category, with small groups suppressed by their implied counts', async () => {
    const { rows } = await fetched();
    const m = { tableId: 'RAS200', scope: 'municipal', series: 'employment_rate', period: '2023' } as const;
    expect(row(rows, { ...m, group: 'total' })).toMatchObject({ value: 74.1, unit: 'percent', suppressed: false });
    expect(value(rows, { ...m, category: 'danish' })).toBe(78);
    expect(row(rows, { ...m, category: 'immigrants_non_western' })).toMatchObject({ group: 'target', value: 55.2 });
    // 24: 15 aged 16–64 (FOLK1E 2024K1), round(72.7 % × 15) = 11 employed, 4 not → suppressed.
    expect(row(rows, { ...m, category: 'immigrants_western' })).toMatchObject({ group: 'other', suppressed: true, value: null });
    // 35: 13 aged 16–64, round(66.7 % × 13) = 9 employed, 4 not → suppressed.
    expect(row(rows, { ...m, category: 'descendants_non_western' })).toMatchObject({ suppressed: true, value: null });
    // 34: StatBank publishes no rate (`..`).
    expect(row(rows, { ...m, category: 'descendants_western' })).toMatchObject({ suppressed: true, value: null });
    expect(value(rows, { ...m, scope: 'national', category: 'descendants_western' })).toBe(70.5);
  });

  it('STRAFNA9 and STRAFNA6: persons found guilty, and per 1,000 residents aged 15–79', async () => {
    const { rows } = await fetched();
    const n = { tableId: 'STRAFNA9', scope: 'national', period: '2023', breakdown: '' } as const;
    // target = 25 + 35 = (9,000 + 2,000) + (3,500 + 700); population 15–79 on 1 January 2023: 430,000 + 133,000.
    expect(value(rows, { ...n, series: 'guilty_persons', group: 'target' })).toBe(15_200);
    expect(value(rows, { ...n, series: 'guilty_rate', group: 'target' })).toBeCloseTo((15_200 / 563_000) * 1000, 10);
    expect(value(rows, { ...n, series: 'guilty_rate', group: 'other' })).toBeCloseTo((6_300 / 320_000) * 1000, 10);
    expect(row(rows, { ...n, series: 'guilty_rate', group: 'target' }).source).toContain('FOLK1E');

    const m = { tableId: 'STRAFNA6', scope: 'municipal', period: '2023', breakdown: '' } as const;
    expect(value(rows, { ...m, series: 'guilty_persons', group: 'comparison' })).toBe(18);
    expect(row(rows, { ...m, series: 'guilty_persons', group: 'not_split' })).toMatchObject({ category: 'foreign_origin', value: 6 });
    expect(value(rows, { ...m, series: 'guilty_persons', group: 'total' })).toBe(24);
    // Danish origin 15–79 in Læsø: 150 + 610 + 420; foreign origin: 31 + 72 + 3.
    expect(value(rows, { ...m, series: 'guilty_rate', group: 'comparison' })).toBeCloseTo((18 / 1180) * 1000, 10);
    expect(value(rows, { ...m, series: 'guilty_rate', group: 'not_split' })).toBeCloseTo((6 / 106) * 1000, 10);
    // 3 foreign-origin persons aged 15–29: the count and its rate are suppressed together.
    expect(row(rows, { ...m, breakdown: 'age=15-29', series: 'guilty_persons', group: 'not_split' }).suppressed).toBe(true);
    expect(row(rows, { ...m, breakdown: 'age=15-29', series: 'guilty_rate', group: 'not_split' })).toMatchObject({ suppressed: true, value: null });
  });

  it('STRFNA10 and STRFNA11: by offence and by decision, with StatBank texts as labels; national small counts are suppressed too', async () => {
    const { rows } = await fetched();
    const violence = row(rows, { tableId: 'STRFNA10', breakdown: 'offence=12', group: 'target', series: 'guilty_persons' });
    expect(violence).toMatchObject({ value: 2_500 + 1_500, label: 'Voldsforbrydelser i alt' });
    expect(rows.some((r) => r.breakdown === 'offence=1110')).toBe(false);
    const measures = rows.filter((r) => r.tableId === 'STRFNA11' && r.breakdown === 'decision=511');
    // other = 24 + 34 = 2 + 1 persons: suppressed, and one more so that the total does not give it away.
    expect(measures.find((r) => r.group === 'other')).toMatchObject({ suppressed: true, value: null });
    expect(measures.filter((r) => r.suppressed)).toHaveLength(2);
  });

  it('KMSTA001: the parishes of the municipality with the same indices as the housing-area indicator', async () => {
    const { rows } = await fetched();
    const k = rows.filter((r) => r.tableId === 'KMSTA001');
    expect([...new Set(k.filter((r) => r.breakdown !== '').map((r) => r.breakdown))].sort()).toEqual(['sogn=9901', 'sogn=9902', 'sogn=9903', 'sogn=9904']);
    expect(row(k, { series: 'residents', breakdown: 'sogn=9901', group: 'target' })).toMatchObject({ value: 60, label: 'Nordby Sogn' });
    // Vesterby: 2 Western residents → suppressed, and the parish is left out of the indices.
    expect(row(k, { series: 'residents', breakdown: 'sogn=9904', group: 'other' }).suppressed).toBe(true);
    expect(row(k, { series: 'simpson', breakdown: 'sogn=9904' })).toMatchObject({ suppressed: true, value: null });
    // Simpson of Nordby (60, 600, 40 of 700): 1 − (3,600 + 360,000 + 1,600) / 490,000.
    expect(value(k, { series: 'simpson', breakdown: 'sogn=9901' })).toBeCloseTo(1 - 365_200 / 490_000, 12);
    // Across Nordby, Sønderby, Østerby: target 60/80/20 of 160, comparison 600/400/270 of 1,270.
    const d = (Math.abs(60 / 160 - 600 / 1270) + Math.abs(80 / 160 - 400 / 1270) + Math.abs(20 / 160 - 270 / 1270)) / 2;
    expect(value(k, { series: 'dissimilarity' })).toBeCloseTo(d, 12);
    expect(value(k, { series: 'isolation' })).toBeCloseTo((60 / 160) * (60 / 700) + (80 / 160) * (80 / 500) + (20 / 160) * (20 / 300), 12);
    expect(value(k, { series: 'exposure' })).toBeCloseTo((60 / 160) * (600 / 700) + (80 / 160) * (400 / 500) + (20 / 160) * (270 / 300), 12);
    expect(value(k, { series: 'mean_simpson' })).toBeCloseTo((700 - 365_200 / 700 + 500 - 166_800 / 500 + 300 - 73_400 / 300) / 1500, 12);
    // Theil's H: entropy of (160, 1270, 70)/1500 = 0.52267162…, of the parishes 0.50626084…, 0.60048291…, 0.38873439….
    expect(value(k, { series: 'theil' })).toBeCloseTo(0.0162792776, 9);
  });
});

describe('fetchContext: store, cache and network', () => {
  it('stores the rows with an audit entry, and stores nothing again when nothing changed', async () => {
    const server = await serve(builtResponder());
    const store = await sqliteStore();
    const first = await fetchContext({ municipality: '825' }, deps(server, store));
    expect(first.saved).toBe(true);
    expect(first.municipalityName).toBe('Læsø');
    expect(await store.listContext({ municipality: '825' })).toEqual(first.rows);
    const audit = await store.auditLog({ action: 'statbank.fetch' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'test', objectType: 'context', objectId: '825' });
    const dataCalls = server.count('data');
    expect(dataCalls).toBe(9); // eight tables + FOLK1E's denominators

    const second = await fetchContext({ municipality: '825' }, deps(server, store));
    expect(second.saved).toBe(false);
    expect(second.tables.every((t) => t.source === 'cache')).toBe(true);
    expect(server.count('data')).toBe(dataCalls);
    expect(server.count('tableinfo')).toBe(16);
    expect(await store.auditLog({ action: 'statbank.fetch' })).toHaveLength(1);
  });

  it('fetches only the updated table again', async () => {
    const store = await sqliteStore();
    await fetchContext({ municipality: '825' }, deps(await serve(builtResponder()), store));
    const server = await serve(builtResponder({ tableInfo: (t, i) => (t === 'RAS200' ? { ...i, updated: '2025-11-19T08:00:00' } : i) }));
    const outcome = await fetchContext({ municipality: '825' }, deps(server, store));
    expect(server.count('data')).toBe(1);
    expect(server.count('data', 'RAS200')).toBe(1);
    expect(outcome.saved).toBe(true);
    expect(outcome.tables.find((t) => t.tableId === 'RAS200')).toMatchObject({ source: 'network', updated: '2025-11-19T08:00:00' });
    const stored = await store.listContext({ tableIds: ['RAS200'] });
    expect(stored.every((r) => r.updated === '2025-11-19T08:00:00')).toBe(true);
  });

  it('works from the cache without network, with a warning per table', async () => {
    const store = await sqliteStore();
    const online = await fetchContext({ municipality: '825' }, deps(await serve(builtResponder()), store));
    const gone = await startFixtureServer([]);
    await gone.close();
    const offline = await fetchContext({ municipality: '825' }, deps(gone, store));
    expect(offline.rows).toEqual(online.rows);
    expect(offline.saved).toBe(false);
    expect(offline.warnings).toHaveLength(8);
    expect(offline.warnings[0]).toMatch(/^FOLK1E: bruger svaret gemt .* cannot reach StatBank/);
  });

  it('fails with StatbankOfflineError when offline and nothing is cached, and on a timeout with nothing cached', async () => {
    const server = await serve(builtResponder());
    const offline = await fetchContext({ municipality: '825' }, deps(server, await sqliteStore(), { offline: true })).catch((e: unknown) => e);
    expect(offline).toBeInstanceOf(StatbankOfflineError);
    expect(offline).toMatchObject({ table: 'FOLK1E' });
    expect(server.exchanges).toHaveLength(0);

    const hanging = await serve((e) => (e.endpoint === 'data' ? 'hang' : undefined), builtResponder());
    const client = createStatbankClient({ baseUrl: hanging.url, timeoutMs: 200 });
    const timeout = await fetchContext({ municipality: '825', tables: ['FOLK1E'] }, { ...deps(hanging, await sqliteStore()), client }).catch((e: unknown) => e);
    expect(timeout).toBeInstanceOf(StatbankOfflineError);
    expect((timeout as Error).message).toContain('200 ms');
  });

  it('fetches FOLK1E with any selection of tables, and refuses unknown tables and municipalities', async () => {
    const server = await serve(builtResponder());
    const store = await sqliteStore();
    const outcome = await fetchContext({ municipality: '825', tables: ['ras200'] }, deps(server, store));
    expect(outcome.tables.map((t) => t.tableId)).toEqual(['FOLK1E', 'RAS200']);
    await expect(fetchContext({ municipality: '825', tables: ['FOLK9'] }, deps(server, store))).rejects.toThrow(/unknown tables: FOLK9/);
    await expect(fetchContext({ municipality: '999' }, deps(server, store))).rejects.toBeInstanceOf(ContextRequestError);
    await expect(fetchContext({ municipality: '8250' }, deps(server, store))).rejects.toThrow(/three digits/);
  });

  it('warns when a table has no figure to show (StatBank answers `..` everywhere)', async () => {
    const empty = (e: Exchange): Answer | undefined => {
      if (e.endpoint !== 'data' || e.params.table !== 'RAS200') return undefined;
      const variables = e.params.variables as { code: string; values: string[] }[];
      const combos = variables.reduce<string[][]>((acc, v) => acc.flatMap((p) => v.values.map((code) => [...p, code])), [[]]);
      const lines = [`${variables.map((v) => v.code.toUpperCase()).join(';')};INDHOLD`, ...combos.map((c) => `${c.join(';')};..`)];
      return { status: 200, contentType: 'text/csv', body: `${lines.join('\r\n')}\r\n` };
    };
    const server = await serve(empty, builtResponder());
    const outcome = await fetchContext({ municipality: '825', tables: ['RAS200'] }, deps(server, await sqliteStore()));
    expect(outcome.warnings).toEqual(['RAS200: ingen tal at vise for 2023 (alle mangler eller er diskretioneret) / no figures to show for 2023']);
    expect(outcome.rows.filter((r) => r.tableId === 'RAS200').every((r) => r.suppressed && r.value === null)).toBe(true);
  });

  it('names the tables that belong beside each indicator', () => {
    const without = { included: false } as const;
    expect(contextTablesFor({ id: 'selvforsoergelse', third_generation: without })).toEqual(['RAS200', 'FOLK1E']);
    expect(contextTablesFor({ id: 'boligomraader-diversitet', third_generation: without })).toEqual(['KMSTA001', 'FOLK1E']);
    expect(contextTablesFor({ id: 'kriminalitet', third_generation: without })).toEqual(['STRAFNA9', 'STRAFNA6', 'STRFNA10', 'STRFNA11', 'FOLK1E']);
    expect(contextTablesFor({ id: 'valgdeltagelse', third_generation: { included: true } })).toEqual(['FOLK1E', 'EB4']);
  });
});
