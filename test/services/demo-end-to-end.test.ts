/**
 * The whole path on a small demo municipality: person-level files → aggregate → import → store →
 * compute → API. Checks that every indicator has results for every period, that no published
 * figure breaks the small-cell rule (primary or by subtraction within a margin), and that the API
 * serves exactly what `compute` computes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { createPseudonymiser } from '../../src/ingest/index.ts';
import { type ComputedResults, deliveryTable, suppressedKeys } from '../../src/services/compute/index.ts';
import { auditSuppression, primaryReason } from '../../src/stats/index.ts';
import { storeDashboardData } from '../../src/services/dashboard-data.ts';
import { loadDemo } from '../../src/services/demo.ts';
import type { ResultRow } from '../../src/cells/index.ts';
import { loadResults } from '../../src/services/results.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { createApp } from '../../src/web/index.ts';

const THRESHOLD = 5;
const catalogue = loadCatalogue();
let dir: string;
let store: Store;
let results: ComputedResults;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-e2e-'));
  store = await openStore({ dataDir: dir });
  const pseudonymiser = createPseudonymiser({ dataDir: dir, key: 'ef'.repeat(32) });
  await loadDemo({ store, catalogue, pseudonymiser, threshold: THRESHOLD, dataDir: dir }, { persons: 12_000 });
  results = await loadResults(store, catalogue, { threshold: THRESHOLD });
}, 120_000);

afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

const small = (x: number | null) => x !== null && x >= 1 && x < THRESHOLD;

describe('demo municipality through aggregate, import and compute', () => {
  it('has results for all eleven indicators over all their periods', () => {
    const periods = new Map<string, Set<string>>();
    for (const r of results.rows) periods.set(r.indicator, (periods.get(r.indicator) ?? new Set()).add(r.period));
    expect([...periods.keys()].sort()).toEqual([...catalogue.ids].sort());
    for (const [id, set] of periods) expect(set.size, id).toBe(id === 'valgdeltagelse' ? 3 : 11);
    expect(periods.get('valgdeltagelse')).toEqual(new Set(['KV2017', 'KV2021', 'KV2025']));
  });

  it('publishes no count from 1 to 4: numerator, denominator, n or complement', () => {
    const offending = results.rows.filter(
      (r) => small(r.numerator) || small(r.denominator) || small(r.n) || (r.numerator !== null && r.denominator !== null && small(r.denominator - r.numerator)),
    );
    expect(offending).toEqual([]);
  });

  it('publishes nothing for a suppressed cell, and some cells are suppressed (the rule is exercised)', () => {
    const suppressed = results.rows.filter((r) => r.suppressed);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const r of suppressed) {
      expect([r.numerator, r.denominator, r.value, r.ciLow, r.ciHigh, r.n, r.gap, r.standardised]).toEqual([null, null, null, null, null, null, null, null]);
    }
  });

  it('never lets a suppressed group be recovered from the published total and the other groups', () => {
    const byCell = new Map(results.rows.map((r) => [`${r.indicator}|${r.period}|${r.breakdown}|${r.group}`, r]));
    for (const total of results.rows.filter((r) => r.group === 'total' && !r.suppressed && r.numerator !== null)) {
      const parts = ['target', 'comparison', 'other'].map((g) => byCell.get(`${total.indicator}|${total.period}|${total.breakdown}|${g}`));
      if (parts.some((p) => p === undefined)) continue;
      for (const field of ['numerator', 'denominator'] as const) {
        const published = parts.filter((p) => !p?.suppressed).reduce((s, p) => s + (p?.[field] ?? 0), 0);
        const remainder = (total[field] ?? 0) - published;
        expect(small(remainder), `${total.indicator} ${total.period} ${total.breakdown} ${field}`).toBe(false);
      }
    }
  });

  it('passes the small-cell audit in every delivery: nothing recoverable, no count bounded inside 1..4', async () => {
    const deliveries = await store.latestDeliveries({});
    expect(deliveries.length).toBeGreaterThan(100);
    for (const d of deliveries) {
      const indicator = catalogue.get(d.indicator);
      if (!indicator) throw new Error(d.indicator);
      const withheld = suppressedKeys(indicator, d.cells, THRESHOLD);
      expect(auditSuppression(deliveryTable(indicator, d.cells), withheld, THRESHOLD), `${d.indicator} ${d.period}`).toEqual([]);
    }
  });

  it("hides a whole-group target or comparison figure only where that group's own counts are small", async () => {
    let hiddenHeadlines = 0;
    for (const d of await store.latestDeliveries({})) {
      const indicator = catalogue.get(d.indicator);
      if (!indicator) throw new Error(d.indicator);
      const table = deliveryTable(indicator, d.cells);
      const withheld = suppressedKeys(indicator, d.cells, THRESHOLD);
      for (const key of ['target|', 'comparison|']) {
        const cell = table.cells.find((c) => c.key === key);
        if (!cell || !withheld.has(key)) continue;
        hiddenHeadlines += 1;
        expect(primaryReason(cell, THRESHOLD), `${d.indicator} ${d.period} ${key}`).not.toBeNull();
      }
    }
    expect(hiddenHeadlines).toBeLessThan(20);
  });

  it('reads the demo by region of origin and MENAPT, and no small count follows from a group minus its published regions or MENAPT cells (issue 14)', () => {
    const kv2025 = results.rows.filter((r) => r.indicator === 'valgdeltagelse' && r.period === 'KV2025');
    const at = (group: string, breakdown: string) => kv2025.find((r) => r.group === group && r.breakdown === breakdown);
    expect(at('target', 'menapt=yes')).toMatchObject({ suppressed: false });
    expect(at('target', 'menapt=yes')?.denominator).toBeGreaterThan(at('target', 'menapt=no')?.denominator ?? 0);
    expect(at('target', 'region=asia')).toMatchObject({ suppressed: false });
    expect(at('other', 'region=eu27')).toMatchObject({ suppressed: false });
    expect(at('comparison', 'region=asia')).toBeUndefined();
    for (const whole of results.rows.filter((r) => r.breakdown === '' && !r.suppressed && r.denominator !== null)) {
      for (const key of ['region', 'menapt']) {
        const parts = results.rows.filter(
          (r) => r.indicator === whole.indicator && r.period === whole.period && r.group === whole.group && r.breakdown.startsWith(`${key}=`),
        );
        if (parts.length === 0) continue;
        for (const field of ['numerator', 'denominator'] as const) {
          const rest = parts.filter((p) => !p.suppressed).reduce((sum, p) => sum - (p[field] ?? 0), whole[field] ?? 0);
          expect(small(rest), `${whole.indicator} ${whole.period} ${whole.group} − ${key} ${field}`).toBe(false);
        }
      }
    }
  });

  it('no small count follows from the immigrants minus the refugees or minus the residence bands', () => {
    let checked = 0;
    for (const whole of results.rows.filter((r) => r.breakdown === 'generation=immigrant' && !r.suppressed && r.denominator !== null)) {
      for (const key of ['refugee=yes', 'residence=']) {
        const parts = results.rows.filter(
          (r) => r.indicator === whole.indicator && r.period === whole.period && r.group === whole.group && r.breakdown.startsWith(key),
        );
        if (parts.length === 0) continue;
        checked += 1;
        for (const field of ['numerator', 'denominator'] as const) {
          const rest = parts.filter((p) => !p.suppressed).reduce((sum, p) => sum - (p[field] ?? 0), whole[field] ?? 0);
          expect(small(rest), `${whole.indicator} ${whole.period} ${whole.group} immigrant − ${key} ${field}`).toBe(false);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('gives age-standardised values and housing-area indices', () => {
    const standardised = results.rows.filter((r) => r.standardised !== null);
    expect(new Set(standardised.map((r) => r.indicator)).size).toBeGreaterThan(0);
    expect(results.areas.some((a) => a.aboveHalf)).toBe(true);
    expect(results.segregation.every((s) => s.dissimilarity === null || (s.dissimilarity >= 0 && s.dissimilarity <= 1))).toBe(true);
  });

  it('serves through the API exactly what compute computes', async () => {
    const app = createApp({ data: storeDashboardData({ store, catalogue, threshold: THRESHOLD }) });
    for (const id of catalogue.ids) {
      const response = await app.request(`/api/results?indicator=${id}`);
      expect(response.status).toBe(200);
      const api = (await response.json()) as ResultRow[];
      const computed = results.rows.filter((r) => r.indicator === id);
      expect(sorted(api.map(essentials))).toEqual(sorted(computed.map(essentials)));
    }
  });

  it('shows the synthetic country and peers beside the demo on every indicator page, and /api/results answers for 000', async () => {
    const app = createApp({ data: storeDashboardData({ store, catalogue, threshold: THRESHOLD }) });
    for (const id of catalogue.ids) {
      const page = await (await app.request(`/indikator/${id}`)).text();
      const section = page.slice(page.indexOf('id="comparison"'), page.indexOf('</section>', page.indexOf('id="comparison"')));
      if (id === 'boligomraader-diversitet') {
        // The headline index needs every housing area's cells: the country and the peers have none.
        expect(section).toContain('sammenlignes ikke');
        expect(section).not.toContain('Hele landet</th>');
        expect(page).not.toContain('Hele landet, målgruppe');
        continue;
      }
      expect(section, id).toContain('Kommunegruppe 3 Provinsbykommuner');
      expect(section, id).toContain('Syntetiske tal');
      expect(section, id).toMatch(/<th scope="col" class="num">Hele landet<\/th>/);
    }
    const country = (await (await app.request('/api/results?municipality=000&indicator=selvforsoergelse')).json()) as ResultRow[];
    const whole = country.find((r) => r.group === 'target' && r.breakdown === '');
    expect(whole?.municipality).toBe('000');
    expect(whole?.value).toBeGreaterThan(0);
    expect(whole?.note).toMatch(/^Syntetisk/);
    const peer = (await (await app.request('/api/results?municipality=101&indicator=selvforsoergelse')).json()) as ResultRow[];
    expect(peer.length).toBeGreaterThan(0);
    expect(peer.filter((r) => r.suppressed).every((r) => r.value === null && r.n === null)).toBe(true);
  });
});

function sorted(rows: unknown[][]): string[] {
  return rows.map((r) => JSON.stringify(r)).sort();
}

function essentials(r: ResultRow) {
  return [r.period, r.group, r.breakdown, r.numerator, r.denominator, r.value, r.ciLow, r.ciHigh, r.n, r.suppressed, r.gap, r.status];
}
