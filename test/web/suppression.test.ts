/**
 * No response of any kind may show a suppressed number. The leaky fake leaves distinctive numbers
 * on suppressed cells (and a small cell unsuppressed); every page, API answer, download and chart
 * is scanned for them, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import type { ResultRow } from '../../src/cells/index.ts';
import { HIDDEN_PATTERNS, SMALL_CELL } from './fake-data.ts';
import { fakeApp } from './helpers.ts';

const { app } = fakeApp({ leaky: true });
const ids = loadCatalogue().ids;

async function allPaths(): Promise<string[]> {
  const paths = ['/', '/boligomraader', '/api/indicators', '/api/results', '/api/areas', '/api/segregation'];
  paths.push('/download/boligomraader.csv', '/download/segregering.csv', '/chart/boligomraader.svg', '/chart/segregering.svg');
  for (const period of ['2022', '2023', '2024']) paths.push(`/boligomraader?period=${period}`);
  for (const id of ids) {
    paths.push(`/api/indicators/${id}`, `/download/${id}.csv`, `/download/${id}.csv?danish=1`, `/chart/${id}.svg`, `/chart/${id}.svg?kind=gap`);
    const body = await (await app.request(`/indikator/${id}`)).text();
    const breakdowns = ['', ...[...body.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1] as string)];
    for (const b of new Set(breakdowns)) {
      const q = `breakdown=${encodeURIComponent(b)}`;
      paths.push(
        `/indikator/${id}?${q}`,
        `/indikator/${id}?${q}&groups=all`,
        `/download/${id}.csv?${q}&groups=all`,
        `/download/${id}.csv?${q}&groups=all&danish=1`,
        `/chart/${id}.svg?${q}&groups=all`,
      );
    }
  }
  return paths;
}

describe('no suppressed value in any response', () => {
  it('scans every page, API answer, download and chart, in Danish and English', async () => {
    const paths = await allPaths();
    expect(paths.length).toBeGreaterThan(100);
    for (const lang of ['da', 'en']) {
      for (const path of paths) {
        const res = await app.request(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        if (res.status === 404 && path.includes('kind=gap')) continue;
        expect(res.status, path).toBe(200);
        const body = await res.text();
        for (const pattern of HIDDEN_PATTERNS) expect(body.includes(pattern), `${pattern} in ${path} (${lang})`).toBe(false);
      }
    }
  });

  it('suppresses a cell that arrives with 2 persons', async () => {
    const q = new URLSearchParams({ indicator: SMALL_CELL.indicator, period: SMALL_CELL.period, group: SMALL_CELL.group, breakdown: SMALL_CELL.breakdown });
    const rows = (await (await app.request(`/api/results?${q}`)).json()) as ResultRow[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ suppressed: true, numerator: null, denominator: null, value: null, n: null });
  });

  it('gives every suppressed row null numbers in the API', async () => {
    const rows = (await (await app.request('/api/results')).json()) as ResultRow[];
    const suppressed = rows.filter((r) => r.suppressed);
    expect(suppressed.length).toBeGreaterThan(10);
    for (const r of suppressed) {
      expect([r.numerator, r.denominator, r.value, r.ciLow, r.ciHigh, r.n, r.gap, r.standardised]).toEqual([null, null, null, null, null, null, null, null]);
    }
  });
});
