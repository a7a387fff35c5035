/**
 * A delivery file with a `kommune` column, end to end on every database: import (with the own
 * municipality for files without the column), compute per municipality, and the API answering
 * for the whole country and for any municipality, with the own municipality as the default.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { InputErrors } from '../../src/ingest/index.ts';
import { storeDashboardData } from '../../src/services/dashboard-data.ts';
import { importDelivery } from '../../src/services/import/import-delivery.ts';
import type { ResultRow } from '../../src/cells/index.ts';
import { loadResults } from '../../src/services/results.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { createApp } from '../../src/web/index.ts';
import { backends, type TestDatabase } from '../store/backends.ts';

const catalogue = loadCatalogue();

/** The whole country and two municipalities; 3 of 50 in Ballerup's target group is a small cell. */
const NATIONAL = `kommune;indikator;periode;gruppe;taeller;naevner
000;selvforsoergelse;2025;target;503;1250
000;selvforsoergelse;2025;comparison;2700;4000
101;selvforsoergelse;2025;target;500;1200
101;selvforsoergelse;2025;comparison;1800;3000
151;selvforsoergelse;2025;target;3;50
151;selvforsoergelse;2025;comparison;900;1000
`;

/** The own municipality's file, without the column. */
const OWN = `indicator,period,group,numerator,denominator
selvforsoergelse,2024,target,410,1000
selvforsoergelse,2024,comparison,880,2000
`;

describe.each(backends)('deliveries with municipalities on $name', ({ create }) => {
  let testDb: TestDatabase;
  let store: Store;
  let dir: string;

  beforeEach(async () => {
    testDb = await create();
    store = await openStore({ ...testDb.options, ownMunicipality: '101' });
    dir = mkdtempSync(path.join(tmpdir(), 'indikator-municipality-'));
  });

  afterEach(async () => {
    await store?.close();
    await testDb?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('imports, computes and serves every municipality and the country, the own one by default', async () => {
    await importDelivery({ file: file('national.csv', NATIONAL), actor: 'anna', municipality: '101' }, catalogue, store);
    await importDelivery({ file: file('own.csv', OWN), actor: 'anna', municipality: '101' }, catalogue, store);
    const stored = await store.latestDeliveries({ period: '2024' });
    expect(stored[0]?.cells.map((c) => c.municipality)).toEqual(['101', '101']);

    const all = (await loadResults(store, catalogue, { threshold: 5 })).rows;
    const shown = (m: string, g: string) => all.find((r) => r.municipality === m && r.period === '2025' && r.group === g);
    // Ballerup's 3 is hidden, and so is København's or the country's target figure: with both
    // published, 503 − 500 would give it away.
    expect(shown('151', 'target')?.suppressed).toBe(true);
    expect([shown('000', 'target')?.suppressed, shown('101', 'target')?.suppressed]).toContain(true);
    const country = (await loadResults(store, catalogue, { threshold: 5, municipality: '000' })).rows;
    expect(country.map((r) => [r.municipality, r.period, r.group])).toEqual([
      ['000', '2025', 'target'],
      ['000', '2025', 'comparison'],
    ]);
    expect(country[1]).toMatchObject({ numerator: 2700, denominator: 4000, value: 0.675, suppressed: false });

    const app = createApp({
      data: storeDashboardData({ store, catalogue, threshold: 5, municipality: '101' }),
      municipality: 'København',
      municipalityCode: '101',
    });
    const api = async (query: string) => (await (await app.request(`/api/results${query}`)).json()) as ResultRow[];
    const own = await api('?indicator=selvforsoergelse&group=target');
    expect(own.map((r) => [r.municipality, r.period, r.value])).toEqual([
      ['101', '2024', 0.41],
      ['101', '2025', shown('101', 'target')?.value ?? null],
    ]);
    const whole = await api('?indicator=selvforsoergelse&municipality=000&group=comparison');
    expect(whole.map((r) => [r.municipality, r.period, r.value])).toEqual([['000', '2025', 0.675]]);
    const ballerup = await api('?municipality=151&group=comparison');
    expect(ballerup.map((r) => [r.municipality, r.indicator, r.value])).toEqual([['151', 'selvforsoergelse', 0.9]]);
    expect(await api('?municipality=860')).toEqual([]);
    expect((await app.request('/api/results?municipality=1O1')).status).toBe(400);

    const csv = await (await app.request('/download/selvforsoergelse.csv')).text();
    expect(csv.split('\n')[1]).toMatch(/^101,selvforsoergelse,2024,target,,410,1000,/);
    expect(csv.split('\n')[1]).toContain(',København,');
  });

  it('refuses an unknown municipality code, naming file, row and column, and writes nothing', async () => {
    const before = await store.fingerprint();
    const bad = file(
      'bad.csv',
      'kommune,indicator,period,group,numerator,denominator\n101,selvforsoergelse,2025,target,5,10\n998,selvforsoergelse,2025,comparison,5,10\n',
    );
    const error = await importDelivery({ file: bad, actor: 'anna', municipality: '101' }, catalogue, store).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputErrors);
    const [problem] = (error as InputErrors).errors;
    expect(problem).toMatchObject({ file: expect.stringMatching(/bad\.csv$/), row: 3, column: 'kommune' });
    expect(problem?.messageDa).toContain('ukendt kommunekode');
    expect(problem?.messageEn).toContain('unknown municipality code');
    expect(await store.fingerprint()).toBe(before);
  });

  it('reads a code a spreadsheet turned into a number, and reports a cell twice only within one municipality', async () => {
    const text =
      'kommune,indicator,period,group,numerator,denominator\n0,selvforsoergelse,2025,target,50,100\n101,selvforsoergelse,2025,target,50,100\n101,selvforsoergelse,2025,target,40,100\n';
    const error = await importDelivery({ file: file('twice.csv', text), actor: 'anna', municipality: '101' }, catalogue, store).catch((e: unknown) => e);
    expect((error as InputErrors).errors.map((e) => [e.row, e.column])).toEqual([[4, 'group']]);
  });
});
