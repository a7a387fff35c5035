/**
 * Targets end to end: deliveries imported with the command line, a target set with
 * `indikator target set`, and the same target and progress status on the indicator page, in
 * `/api/indicators/{id}` and in the report (whose verdict opens the summary, before the table).
 * Then the coordinator changes it in the browser form (CSRF and role checked), a reader cannot,
 * and `target remove` keeps every version in the store and the audit log.
 *
 * The series: the target group's self-support 40, 42, 44, 46, 48 % (of 1,000 each) in 2021–2025.
 * The weighted trend is +2 points a year (Wilson-based se ≈ 1.55 points, 95 % interval of the slope
 * +0.43 to +3.57), and the line through 44 % in 2023 reaches 54 % in 2028: a target of 53 % in 2028
 * is on track (55 % would need faster progress).
 */
import { writeFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { storeDashboardData } from '../../src/services/dashboard-data.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { createApp } from '../../src/web/index.ts';
import { shareDelivery } from '../auth/fixtures.ts';
import { createTestApp, signedIn } from '../auth/helpers.ts';
import { runCli, useTempDir } from '../cli/helpers.ts';

const temp = useTempDir('indikator-targets');
const env = { dataDir: temp.path('data') };

function delivery(): string {
  const years = [2021, 2022, 2023, 2024, 2025];
  return years
    .map((year, i) =>
      shareDelivery('selvforsoergelse', String(year), [
        { group: 'target', numerator: 400 + 20 * i, denominator: 1000 },
        { group: 'comparison', numerator: 600, denominator: 1000 },
      ]),
    )
    .map((text, i) => (i === 0 ? text : text.split('\n').slice(1).join('\n')))
    .join('');
}

let store: Store;

beforeAll(async () => {
  writeFileSync(temp.path('levering.csv'), delivery());
  const imported = await runCli(['import', temp.path('levering.csv')], env);
  expect(imported.code, imported.stderr).toBe(0);
  const set = await runCli(['target', 'set', 'selvforsoergelse', '--value', '53', '--year', '2028', '--decision', 'Byrådet 12. marts 2026, punkt 7'], env);
  expect(set.code, set.stderr).toBe(0);
  expect(set.stdout).toContain('version 1');
}, 120_000);

afterAll(async () => {
  await store?.close();
});

describe('a target set on the command line', () => {
  it('is listed with its progress status', async () => {
    const list = await runCli(['target', 'list', '--json'], env);
    expect(list.code, list.stderr).toBe(0);
    const [view] = JSON.parse(list.stdout) as {
      target: { value: number; year: number };
      progress: { status: string; latestPeriod: string; periodsUsed: number };
    }[];
    expect(view?.target).toMatchObject({ value: 0.53, year: 2028 });
    expect(view?.progress).toMatchObject({ status: 'on_track', latestPeriod: '2025', periodsUsed: 5 });
    // As text: Danish headings and words, no codes (on_track, level).
    const text = await runCli(['target', 'list'], env);
    expect(text.stdout).toMatch(/^indikator +måltype +mål +år +basis +fremdrift +version +beslutning/);
    expect(text.stdout).toMatch(/selvforsoergelse +niveau +53,0 % +2028 +2021 +På rette vej mod målet +1 +Byrådet 12\. marts 2026, punkt 7/);
    expect(text.stdout).not.toMatch(/on_track|level/);
  });

  it('shows on the indicator page, in the API and in the report', async () => {
    store = await openStore({ dataDir: env.dataDir });
    const catalogue = await loadCatalogue();
    const app = createApp({ data: storeDashboardData({ store, catalogue, threshold: 5 }) });

    const page = await (await app.request('/indikator/selvforsoergelse')).text();
    expect(page).toContain('Byrådets mål');
    expect(page).toContain('På rette vej mod målet');
    expect(page).toContain('Byrådets mål er 53,0 % for målgruppen i 2028 (Byrådet 12. marts 2026, punkt 7).');
    expect(page).toContain('der mangler 5,0 procentpoint');
    expect(page).toContain('Mål 2028: 53,0 %'); // the chart's target line
    expect(page).toMatch(/<text[^>]*>2028<\/text>/); // the axis runs to the target year

    const overview = await (await app.request('/')).text();
    expect(overview).toContain('Byrådets mål (53,0 % i 2028)');

    const api = (await (await app.request('/api/indicators/selvforsoergelse')).json()) as {
      target: { value: number; measure: string };
      progress: { status: string };
    };
    expect(api.target).toMatchObject({ value: 0.53, measure: 'level', year: 2028, baseline: null, version: 1 });
    expect(api.progress.status).toBe('on_track');

    const report = await runCli(['report', '--format', 'html', '--out', temp.path('rapport.html')], env);
    expect(report.code, report.stderr).toBe(0);
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(temp.path('rapport.html'), 'utf8');
    const contents = html.indexOf('class="toc"');
    const verdict = html.indexOf('class="verdict"');
    const table = html.indexOf('<table', verdict);
    expect(contents).toBeGreaterThan(0);
    expect(verdict).toBeGreaterThan(contents);
    expect(table).toBeGreaterThan(verdict);
    expect(html.slice(verdict, table)).toContain('På rette vej mod byrådets mål er Selvforsørgelse.');
    expect(html).toContain('Byrådets mål: 53,0 % i 2028'); // summary table
    expect(html).toContain('Mål 2028: 53,0 %'); // the section's chart
  });
});

describe('the coordinator form and removal', () => {
  it('lets the coordinator change a target with the CSRF token, refuses a reader, and keeps every version', async () => {
    const { app, store: own } = await createTestApp();
    const reader = await signedIn(app, 'laeser');
    expect((await reader.post('/indikator/selvforsoergelse/maal', { value: '60', year: '2028' })).status).toBe(403);
    const coordinator = await signedIn(app, 'koordinator');
    const page = await (await coordinator.get('/indikator/selvforsoergelse')).text();
    expect(page).toContain('action="/indikator/selvforsoergelse/maal"');
    expect((await coordinator.post('/indikator/selvforsoergelse/maal', { _csrf: '', value: '60', year: '2028' })).status).toBe(403);
    const saved = await coordinator.post('/indikator/selvforsoergelse/maal', { value: '60', year: '2028', measure: 'gap', decision: 'Udvalget' });
    expect(saved.status).toBe(303);
    expect((await own.currentTargets())[0]).toMatchObject({ measure: 'gap', value: 0.6, createdBy: 'koordinator' });
    const bad = await coordinator.post('/indikator/valgdeltagelse/maal', { value: '5', year: '2029', measure: 'gap' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('ingen forskel til en sammenligningsgruppe');
    expect((await coordinator.post('/indikator/selvforsoergelse/maal', { action: 'remove' })).status).toBe(303);
    expect(await own.currentTargets()).toEqual([]);
    expect((await own.targetVersions('selvforsoergelse')).map((v) => v.target?.value ?? null)).toEqual([0.6, null]);
    const audit = (await own.auditLog()).filter((e) => e.objectType === 'target').map((e) => [e.action, e.actor]);
    expect(audit).toEqual([
      ['target.set', 'koordinator'],
      ['target.remove', 'koordinator'],
    ]);
  });

  it('target remove on the command line writes a new version and leaves none in force', async () => {
    const removed = await runCli(['target', 'remove', 'selvforsoergelse'], env);
    expect(removed.code, removed.stderr).toBe(0);
    const again = await runCli(['target', 'remove', 'selvforsoergelse'], env);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('har intet mål');
    const list = await runCli(['target', 'list', '--json'], env);
    expect(JSON.parse(list.stdout)).toEqual([]);
  });
});

describe('bad input names the field, in Danish and English', () => {
  it.each([
    [['--value', 'abc', '--year', '2028'], '--value'],
    [['--value', '55', '--year', '28'], '--year'],
    [['--value', '55', '--year', '2028', '--baseline', '2024/2025'], '--baseline'],
    [['--value', '55', '--year', '2028', '--measure', 'ratio'], '--measure'],
  ])('%j', async (args, field) => {
    const result = await runCli(['target', 'set', 'selvforsoergelse', ...args], env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(field);
    expect(result.stderr).toContain('/');
  });
});
