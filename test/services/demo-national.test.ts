/**
 * The demo's synthetic national set. The committed file (src/demo/data/national-set.json, written
 * by scripts/demo-national-set.ts) must import under today's definitions, say how it was made with
 * today's parameters, be marked synthetic and cover the country and every municipality; and the
 * generator, run here at a reduced size, goes through the national path: each municipality
 * suppressed on its own and the country the sum of the municipalities.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { createPseudonymiser } from '../../src/ingest/index.ts';
import { MUNICIPALITIES } from '../../src/municipalities/index.ts';
import { NATIONAL_SET_FILE, NATIONAL_SET_PARAMETERS, nationalSetSource, writeNationalSet } from '../../src/services/demo-national.ts';
import { importComparison } from '../../src/services/exchange/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const catalogue = loadCatalogue();
const dir = mkdtempSync(path.join(tmpdir(), 'indikator-national-set-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the committed synthetic national set', () => {
  it('imports under the current definitions, marked synthetic, with every municipality and the country', async () => {
    const json = JSON.parse(readFileSync(NATIONAL_SET_FILE, 'utf8'));
    // No figure may look like a CPR number: rounded, no run of ten digits (the hashes are hex).
    expect(JSON.stringify(json.value)).not.toMatch(/\d{10}/);
    const meta = json.extension.indikator;
    // A changed definition, generator parameter or suppression rule means: run the script again.
    expect(meta.source).toBe(nationalSetSource(NATIONAL_SET_PARAMETERS));
    expect(meta.synthetic).toBe(true);
    expect(meta.exportedAt).toBe(NATIONAL_SET_PARAMETERS.exportedAt);
    expect(json.dimension.municipality.category.index).toEqual(['000', ...MUNICIPALITIES.map((m) => m.code)].sort());
    expect(json.dimension.indicator.category.index).toEqual([...catalogue.ids].sort());

    const store = await openStore({ dataDir: path.join(dir, 'store') });
    try {
      const saved = await importComparison({ file: NATIONAL_SET_FILE, actor: 'test', ownMunicipality: '999' }, catalogue, store);
      expect(saved.outcome).toBe('created');
      expect(saved.set.synthetic).toBe(true);
      const figures = await store.listComparisonFigures('selvforsoergelse');
      const country = figures.find((f) => f.municipality === '000' && f.group === 'target' && f.breakdown === '');
      expect(country?.suppressed).toBe(false);
      expect(country?.value).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });
});

describe('the generator at a reduced size', () => {
  // One run serves both tests (the generator is the costly part): two towns, 217 Helsingør in
  // kommunegruppe 3 (the history group) and 101 København in group 1, two years aggregated.
  const out = path.join(dir, 'small.json');
  const parameters = {
    seed: 7,
    persons: 400,
    years: [2024, 2025] as [number, number],
    aggregateFrom: 2024,
    historyGroup: '3',
    exportedAt: '2026-01-01T00:00:00.000Z',
    municipalities: ['101', '217'],
  };
  let store: Store;
  beforeAll(async () => {
    const pseudonymiser = createPseudonymiser({ dataDir: dir, key: 'ab'.repeat(32) });
    await writeNationalSet(out, { catalogue, pseudonymiser, threshold: 5 }, parameters);
    store = await openStore({ dataDir: path.join(dir, 'small-store') });
    await importComparison({ file: out, actor: 'test', ownMunicipality: '999' }, catalogue, store);
  }, 180_000);
  afterAll(async () => store?.close());

  it('runs two towns through the national path: the country is their sum, small cells suppressed', async () => {
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.extension.indikator.source).toBe(nationalSetSource(parameters));
    expect(json.extension.indikator.synthetic).toBe(true);
    expect(json.dimension.municipality.category.index).toEqual(['000', '101', '217']);

    const figures = await store.listComparisonFigures();
    // The periods every town has (101 only the latest): there the country is the towns' sum.
    const whole = figures.filter((f) => f.breakdown === '');
    const latest = new Set(whole.filter((f) => f.municipality === '101').map((f) => `${f.indicator}|${f.period}`));
    const at = (m: string, indicator: string, period: string, g: string) =>
      whole.find((f) => f.municipality === m && f.indicator === indicator && f.period === period && f.group === g);
    let summed = 0;
    for (const { indicator, period, group } of whole.filter((f) => f.municipality === '000' && latest.has(`${f.indicator}|${f.period}`))) {
      const [country, a, b] = [at('000', indicator, period, group), at('101', indicator, period, group), at('217', indicator, period, group)];
      // Persons counted: the country's n is the two towns' together (when none is suppressed).
      if (country?.suppressed === false && a?.suppressed === false && b?.suppressed === false) {
        expect(country.n).toBe((a.n ?? 0) + (b.n ?? 0));
        summed += 1;
      } else if ([country, a, b].filter((f) => f?.suppressed === true).length === 1) {
        // A town's suppressed figure must not be the country minus the other town.
        expect(country?.suppressed, `${indicator} ${group}`).toBe(true);
      }
    }
    expect(summed).toBeGreaterThan(0);
    for (const f of figures) {
      if (f.suppressed) expect([f.value, f.n]).toEqual([null, null]);
      else if (f.n !== null && f.n > 0) expect(f.n).toBeGreaterThanOrEqual(5);
    }
  });

  it('keeps the earlier periods for the country and the history group only, the latest period for everyone', async () => {
    expect(JSON.parse(readFileSync(out, 'utf8')).extension.indikator.source).toContain('earlier periods for the country and municipality group 3 only');
    const figures = await store.listComparisonFigures('selvforsoergelse');
    const periods = (m: string) => [...new Set(figures.filter((f) => f.municipality === m).map((f) => f.period))].sort();
    expect(periods('000')).toEqual(['2024', '2025']);
    expect(periods('217')).toEqual(['2024', '2025']);
    expect(periods('101')).toEqual(['2025']);
  });
});
