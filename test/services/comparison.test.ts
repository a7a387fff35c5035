/**
 * The comparison beside an indicator: own, the country and the peers in the own latest period,
 * with hand-computed median, range, gap and rank — and, end to end, on the indicator page from
 * figures computed in a national store and from imported ones.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { buildComparison, type ComparisonInputFigure, median } from '../../src/narrative/comparison.ts';
import { storeDashboardData } from '../../src/services/dashboard-data.ts';
import { importDelivery } from '../../src/services/import/import-delivery.ts';
import { setPeers } from '../../src/services/peers.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { createApp } from '../../src/web/index.ts';

const fig = (
  municipality: string,
  group: 'target' | 'comparison',
  value: number | null,
  extra: Partial<ComparisonInputFigure> = {},
): ComparisonInputFigure => ({
  municipality,
  period: '2025',
  group,
  breakdown: '',
  value,
  suppressed: false,
  origin: 'computed',
  synthetic: false,
  ...extra,
});

describe('buildComparison', () => {
  it('computes median, range, the gap to the country and the rank when all peers have a figure', () => {
    const view = buildComparison(
      '101',
      ['147', '151', '153'],
      [
        fig('101', 'target', 0.42, { period: '2024' }),
        fig('101', 'target', 0.4),
        fig('000', 'target', 0.45, { origin: 'imported' }),
        fig('147', 'target', 0.5),
        fig('151', 'target', 0.3),
        fig('153', 'target', 0.35),
        fig('151', 'target', 0.99, { breakdown: 'sex=K' }),
      ],
    );
    expect(view?.period).toBe('2025');
    expect(view?.imported).toBe(true);
    const [line] = view?.lines ?? [];
    expect(line?.gapToCountry).toBeCloseTo(-0.05, 12);
    expect(line).toMatchObject({ peerMedian: 0.35, peerMin: 0.3, peerMax: 0.5, peersWithValue: 3, rank: 2, ranked: 4 });
  });

  it('gives no rank when a peer is suppressed or missing, and never uses a suppressed value', () => {
    const view = buildComparison(
      '101',
      ['147', '151', '153'],
      [fig('101', 'target', 0.4), fig('147', 'target', 0.5), fig('151', 'target', 0.2, { suppressed: true })],
    );
    const [line] = view?.lines ?? [];
    expect(line).toMatchObject({ country: null, gapToCountry: null, peerMedian: 0.5, peersWithValue: 1, rank: null, ranked: null });
    expect(line?.peers).toEqual([
      { municipality: '147', value: 0.5, suppressed: false },
      { municipality: '151', value: null, suppressed: true },
      { municipality: '153', value: null, suppressed: false },
    ]);
  });

  it('is null without other figures in the own latest period', () => {
    expect(buildComparison('101', ['147'], [fig('101', 'target', 0.4), fig('147', 'target', 0.5, { period: '2024' })])).toBeNull();
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

const NATIONAL = `kommune;indikator;periode;gruppe;taeller;naevner
000;selvforsoergelse;2025;target;1000;2000
000;selvforsoergelse;2025;comparison;3000;4000
461;selvforsoergelse;2025;target;400;1000
461;selvforsoergelse;2025;comparison;700;1000
751;selvforsoergelse;2025;target;300;500
751;selvforsoergelse;2025;comparison;1400;2000
851;selvforsoergelse;2025;target;300;500
851;selvforsoergelse;2025;comparison;900;1000
`;

describe('the comparison on the indicator page', () => {
  let dir: string;
  let store: Store;
  const catalogue = loadCatalogue();

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'indikator-comparison-'));
    store = await openStore({ dataDir: path.join(dir, 'data'), ownMunicipality: '461' });
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows Odense beside the whole country and its kommunegruppe (Aarhus, Aalborg)', async () => {
    const file = path.join(dir, 'national.csv');
    writeFileSync(file, NATIONAL);
    await importDelivery({ file, actor: 'anna', municipality: '461' }, catalogue, store);
    const app = createApp({
      data: storeDashboardData({ store, catalogue, threshold: 5, municipality: '461' }),
      municipality: 'Odense',
      municipalityCode: '461',
    });
    const page = await (await app.request('/indikator/selvforsoergelse')).text();
    const section = page.slice(page.indexOf('id="comparison"'), page.indexOf('</section>', page.indexOf('id="comparison"')));
    expect(section).toContain('Kommunegruppe 2 Storbykommuner');
    // Target group: Odense 40,0 %, country 50,0 %, gap −10,0 points; Aarhus and Aalborg 60,0 %: median 60,0, range 60,0–60,0, rank 3 of 3.
    const target = section.slice(section.indexOf('Målgruppe'), section.indexOf('</tr>', section.indexOf('Målgruppe')));
    expect(target).toMatch(/40,0\s%.*50,0\s%.*[−-]10,0 procentpoint.*60,0\s%.*60,0\s%–60,0\s%.*3 af 3/s);
    // Comparison group: Odense 70 %, country 75 %, Aarhus 70 %, Aalborg 90 %: median 80 %, rank 2 of 3 (ties rank together).
    expect(section).toMatch(/Dansk oprindelse.*70,0\s%.*75,0\s%.*[−-]5,0 procentpoint.*80,0\s%.*70,0\s%–90,0\s%.*2 af 3/s);

    // The chart: the country's line and the peers' median with their range (60,0 %) beside the target group.
    expect(page).toMatch(/Hele landet, målgruppe[^:]*: 2025 50,0\s%/);
    expect(page).toMatch(/Sammenligningskommuner, median og spænd, målgruppe[^:]*: 2025 60,0\s% \(60,0\s%–60,0\s%\)/);
    await setPeers(store, '461', { kind: 'municipalities', codes: ['751'] }, 'koordinator');
    const chosen = await (await app.request('/indikator/selvforsoergelse')).text();
    expect(chosen).toContain('Valgte kommuner: Aarhus');
  });

  it('overview: cards show the country and the gap; "compared with the country" orders furthest behind first', async () => {
    const file = path.join(dir, 'national.csv');
    // Valgdeltagelse: Odense 60 % against the country's 50 % (ahead, +20 %); hjemmepleje (follow,
    // no better direction): 10 % against 20 %; selvforsoergelse: 40 % against 50 % (behind, −20 %).
    const more = `000;valgdeltagelse;KV2025;target;500;1000
461;valgdeltagelse;KV2025;target;600;1000
000;hjemmepleje;2025;target;200;1000
461;hjemmepleje;2025;target;100;1000
`;
    writeFileSync(file, NATIONAL + more);
    await importDelivery({ file, actor: 'anna', municipality: '461' }, catalogue, store);
    const app = createApp({
      data: storeDashboardData({ store, catalogue, threshold: 5, municipality: '461' }),
      municipality: 'Odense',
      municipalityCode: '461',
    });
    const page = await (await app.request('/')).text();
    const card = page.slice(page.indexOf('/indikator/selvforsoergelse'), page.indexOf('</li>', page.indexOf('/indikator/selvforsoergelse')));
    expect(card).toMatch(/<dt>Hele landet<\/dt><dd>50,0\s%<span class="figure__crude">forskel [−-]10,0 procentpoint<\/span><\/dd>/);
    expect(page).toContain('<form class="sort-form" method="get" action="/">');
    const sorted = await (await app.request('/?sortering=hele-landet')).text();
    expect(sorted).toContain('<h2 id="by-country">Sammenlignet med hele landet</h2>');
    expect(sorted).toContain('<option value="hele-landet" selected>');
    const order = [...sorted.matchAll(/<h3 class="card__title"><a href="\/indikator\/([a-z-]+)">/g)].map((m) => m[1]);
    expect(order.slice(0, 3)).toEqual(['selvforsoergelse', 'valgdeltagelse', 'hjemmepleje']);
    expect(order).toHaveLength(catalogue.ids.length);
    // Without the choice: the memo's order (hjemmepleje 3rd, valgdeltagelse 4th, by department).
    const plain = [...page.matchAll(/<h3 class="card__title"><a href="\/indikator\/([a-z-]+)">/g)].map((m) => m[1]);
    expect(plain.indexOf('hjemmepleje')).toBeLessThan(plain.indexOf('valgdeltagelse'));
    expect(page).not.toContain('id="by-country"');
  });
});
