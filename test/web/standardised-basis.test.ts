/**
 * Age-standardised indicators show their figures on the basis the status is judged on: the card,
 * the key figures, the gap chart (dashboard) and the gap cells (report) lead with the
 * standardised gap and give the crude one second; a standardised figure that cannot be published
 * reads "diskretioneret" / "kan ikke beregnes", never the crude figure in its place.
 *
 * Hand-made home care by age band (comparison 10/1000, 50/500, 100/400, 100/200 = 260/2100 =
 * 12,4 %). 2025 target 12/1000, 24/200, 24/80, 24/40: crude 84/1320 = 6,4 %, gap −6,0 points;
 * standardised 312/2100 = 14,9 %, gap +2,5 points. The example: the crude gap is negative,
 * the standardised one positive.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { reportWords } from '../../src/report/model/report-words.ts';
import { gapCell } from '../../src/report/model/cells.ts';
import { computeResults } from '../../src/services/compute/index.ts';
import { dictionary } from '../../src/web/i18n/index.ts';
import { indicatorCard } from '../../src/web/pages/indicator-card.ts';
import { keyFigures } from '../../src/web/pages/key-figures.ts';
import { gapChart, indicatorChart } from '../../src/web/view/indicator-charts.ts';
import { delivery, share } from '../report/fixtures.ts';

const BANDS = ['0-64', '65-74', '75-84', '85+'] as const;
const COMPARISON = [
  [10, 1000],
  [50, 500],
  [100, 400],
  [100, 200],
] as const;

function byBand(target: readonly (readonly [number, number])[]) {
  const tx = target.reduce((s, [x]) => s + x, 0);
  const tn = target.reduce((s, [, n]) => s + n, 0);
  return [
    share('target', tx, tn),
    share('comparison', 260, 2100),
    ...BANDS.map((band, i) => share('target', target[i]?.[0] ?? 0, target[i]?.[1] ?? 0, `ageband=${band}`)),
    ...BANDS.map((band, i) => share('comparison', COMPARISON[i]?.[0] ?? 0, COMPARISON[i]?.[1] ?? 0, `ageband=${band}`)),
  ];
}

const catalogue = loadCatalogue();
const indicator = catalogue.get('hjemmepleje');
if (indicator === undefined) throw new Error('hjemmepleje');
const dict = dictionary('da');
const TARGET_2025 = [
  [12, 1000],
  [24, 200],
  [24, 80],
  [24, 40],
] as const;

function rowsWith(target2024: readonly (readonly [number, number])[]) {
  const deliveries = [delivery('hjemmepleje', '2024', byBand(target2024)), delivery('hjemmepleje', '2025', byBand(TARGET_2025))];
  return computeResults(catalogue, deliveries, { threshold: 5 }).rows.filter((r) => r.breakdown === '');
}

const text = (html: unknown) =>
  String(html)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the standardised gap leads, the crude gap is second', () => {
  const rows = rowsWith([
    [10, 1000],
    [10, 100],
    [5, 20],
    [5, 10],
  ]);
  const target = rows.find((r) => r.period === '2025' && r.group === 'target');

  it('card: the standardised level and gap, each with the crude figure under it', () => {
    const card = text(indicatorCard({ indicator, rows, lang: 'da', dict }));
    expect(card).toContain('Målgruppe, aldersstandardiseret 14,9 % uden aldersstandardisering: 6,4 %');
    expect(card).toContain('Forskel, aldersstandardiseret +2,5 procentpoint uden aldersstandardisering: -6,0 procentpoint');
  });

  it('key figures: the standardised value and gap first, the crude ones named as such', () => {
    const panel = text(keyFigures({ indicator, rows, groups: ['target', 'comparison'], lang: 'da', dict }));
    expect(panel).toMatch(/Målgruppe, aldersstandardiseret 14,9 %.*Målgruppe, uden aldersstandardisering 6,4 %/);
    expect(panel).toMatch(/Forskel, aldersstandardiseret \+2,5 procentpoint.*Forskel uden aldersstandardisering -6,0 procentpoint/);
  });

  it('report: the gap cell gives the standardised gap, its interval and the crude gap second', () => {
    const c = gapCell(target, indicator, 'da', reportWords('da'));
    expect(c.text).toBe('+2,5 procentpoint');
    expect(c.detail).toMatch(/^aldersstandardiseret; 95 %-konfidensinterval: .*; uden aldersstandardisering: -6,0 procentpoint$/);
  });

  it('level chart: the standardised target series leads, the crude one is named as such', () => {
    const svg = indicatorChart({ indicator, rows, groups: ['target', 'comparison'], breakdownLabel: '', lang: 'da', dict });
    expect(svg).toContain(
      'Målgruppe, aldersstandardiseret: 2024 12,4 %, 2025 14,9 %; Målgruppe, uden aldersstandardisering: 2024 2,7 %, 2025 6,4 %; Dansk oprindelse: 2024 12,4 %, 2025 12,4 %',
    );
  });

  it('gap chart: two series, the standardised one first, both listed in the text alternative', () => {
    const svg = gapChart({ indicator, rows, groups: ['target', 'comparison'], breakdownLabel: '', lang: 'da', dict }) ?? '';
    expect(svg).toContain('Aldersstandardiseret forskel (målgruppe minus sammenligningsgruppe): 2024 0,0 procentpoint, 2025 +2,5 procentpoint');
    expect(svg).toContain('Forskel uden aldersstandardisering: 2024 -9,7 procentpoint, 2025 -6,0 procentpoint');
  });
});

describe('a standardised figure that cannot be published says so', () => {
  // 2025's oldest target band 3/40 is suppressed: no standardised figure or gap for 2025.
  const rows = (() => {
    const deliveries = [
      delivery(
        'hjemmepleje',
        '2024',
        byBand([
          [10, 1000],
          [10, 100],
          [5, 20],
          [5, 10],
        ]),
      ),
      delivery(
        'hjemmepleje',
        '2025',
        byBand([
          [12, 1000],
          [24, 200],
          [24, 80],
          [3, 40],
        ]),
      ),
    ];
    return computeResults(catalogue, deliveries, { threshold: 5 }).rows.filter((r) => r.breakdown === '');
  })();
  const target = rows.find((r) => r.period === '2025' && r.group === 'target');

  it('card and key figures: "diskretioneret" for the standardised gap, the crude gap second', () => {
    const card = text(indicatorCard({ indicator, rows, lang: 'da', dict }));
    expect(card).toContain('Målgruppe, aldersstandardiseret diskretioneret (en aldersgruppe er diskretioneret) uden aldersstandardisering: 4,8 %');
    expect(card).toContain('Forskel, aldersstandardiseret diskretioneret (en aldersgruppe er diskretioneret) uden aldersstandardisering: -7,6 procentpoint');
    expect(card).toContain('Følges'); // home care is `follow`: never judged
    const panel = text(keyFigures({ indicator, rows, groups: ['target', 'comparison'], lang: 'da', dict }));
    expect(panel).toContain('Målgruppe, aldersstandardiseret diskretioneret (en aldersgruppe er diskretioneret)');
  });

  it('report: the gap cell reads "diskretioneret …", not the crude gap', () => {
    const c = gapCell(target, indicator, 'da', reportWords('da'));
    expect(c.text).toBe('diskretioneret, fordi tallet for en aldersgruppe er diskretioneret');
    expect(c.tone).toBe('muted');
    expect(c.detail).toMatch(/^aldersstandardiseret; uden aldersstandardisering: -/);
  });

  it('gap chart: the standardised point is marked suppressed, not replaced by the crude gap', () => {
    const svg = gapChart({ indicator, rows, groups: ['target', 'comparison'], breakdownLabel: '', lang: 'da', dict }) ?? '';
    expect(svg).toContain('Aldersstandardiseret forskel (målgruppe minus sammenligningsgruppe): 2024 0,0 procentpoint, 2025 diskretioneret');
  });
});
