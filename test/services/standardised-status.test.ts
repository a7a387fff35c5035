/**
 * Status of an age-standardised indicator is judged on the standardised figures. Hand-made home
 * care data: the target group has exactly the comparison group's rate in every age band, in both
 * years, but grows older between 2024 and 2025. Its crude share rises from 30/1130 = 2.65 % to
 * 70/1320 = 5.30 % and the crude gap to the comparison group (260/2100 = 12.38 %) narrows from
 * −9.73 to −7.08 percentage points — a crude judgement would call that a significant change.
 * Standardised to the comparison group's age structure, the target's share is 12.38 % in both
 * years (same band rates), the gap is 0 in both, and the status is "unchanged".
 *
 * The standardised gap's interval is the MOVER combination of the standardised share's interval
 * and the comparison group's Wilson interval. By hand for 2025 (z = 1.959964): weights 1000, 500,
 * 400, 200 of 2100; band shares 0.01, 0.1, 0.25, 0.5 on 1000, 200, 80, 40 persons; DSR = 0.1238095;
 * Var = Σ w²p(1−p)/n = 1.694785e-4; n_eff = DSR(1−DSR)/Var = 640.0856; Wilson on n_eff
 * [0.1005156, 0.1515919]; comparison 260/2100 Wilson [0.1104057, 0.1385872]; gap 0 with
 * L = −√((0.1238095 − 0.1005156)² + (0.1385872 − 0.1238095)²) = −0.0275860,
 * U = +√((0.1515919 − 0.1238095)² + (0.1238095 − 0.1104057)²) = 0.0308468.
 */
import { describe, expect, it } from 'vitest';
import { createCatalogue, loadCatalogue } from '../../src/catalogue/index.ts';
import { computeResults } from '../../src/services/compute/index.ts';
import { proportionGapChangeTest } from '../../src/stats/index.ts';
import { delivery, share } from '../report/fixtures.ts';

const BANDS = ['0-64', '65-74', '75-84', '85+'] as const;
/** [numerator, denominator] per band. */
const COMPARISON = [
  [10, 1000],
  [50, 500],
  [100, 400],
  [100, 200],
] as const;
const TARGET_2024 = [
  [10, 1000],
  [10, 100],
  [5, 20],
  [5, 10],
] as const;
const TARGET_2025 = [
  [10, 1000],
  [20, 200],
  [20, 80],
  [20, 40],
] as const;

function cells(target: readonly (readonly [number, number])[]) {
  const sum = (xs: readonly (readonly [number, number])[]) => xs.reduce(([a, b], [x, n]) => [a + x, b + n], [0, 0]);
  const [tx, tn] = sum(target);
  const [cx, cn] = sum(COMPARISON);
  return [
    share('target', tx, tn),
    share('comparison', cx, cn),
    ...BANDS.map((band, i) => share('target', target[i]?.[0] ?? 0, target[i]?.[1] ?? 0, `ageband=${band}`)),
    ...BANDS.map((band, i) => share('comparison', COMPARISON[i]?.[0] ?? 0, COMPARISON[i]?.[1] ?? 0, `ageband=${band}`)),
  ];
}

describe('status of an age-standardised indicator', () => {
  const catalogue = loadCatalogue();
  const deliveries = [delivery('hjemmepleje', '2024', cells(TARGET_2024)), delivery('hjemmepleje', '2025', cells(TARGET_2025))];
  const target2025Of = (c: typeof catalogue) =>
    computeResults(c, deliveries, { threshold: 5 }).rows.find(
      (r) => r.indicator === 'hjemmepleje' && r.period === '2025' && r.group === 'target' && r.breakdown === '',
    );
  const target2025 = target2025Of(catalogue);
  // Home care is `follow` (never judged); the standardised gap rule is shown on the same data as parity.
  const asParity = createCatalogue(catalogue.indicators.map((i) => (i.id === 'hjemmepleje' ? { ...i, wanted: 'parity' as const } : i)));

  it('would be a significant narrowing of the gap on the crude shares (the premise of this test)', () => {
    const crude = proportionGapChangeTest(
      { target: { numerator: 30, denominator: 1130 }, comparison: { numerator: 260, denominator: 2100 } },
      { target: { numerator: 70, denominator: 1320 }, comparison: { numerator: 260, denominator: 2100 } },
    );
    expect(crude.kind === 'test' && crude.significant).toBe(true);
  });

  it('standardises the target group to the comparison group (same band rates → the comparison share)', () => {
    expect(target2025?.standardised?.value).toBeCloseTo(260 / 2100, 12);
    expect(target2025?.value).toBeCloseTo(70 / 1320, 12);
  });

  it('judges the status on the standardised gap: unchanged (as parity); as follow it is not judged at all', () => {
    const asParity2025 = target2025Of(asParity);
    expect([asParity2025?.status, asParity2025?.statusBasis, asParity2025?.statusReason]).toEqual(['unchanged', 'standardised', null]);
    expect([target2025?.status, target2025?.statusReason]).toEqual(['not_assessable', 'followed']);
  });

  it('gives the standardised gap with its MOVER interval beside the crude gap', () => {
    expect(target2025?.gap).toBeCloseTo(70 / 1320 - 260 / 2100, 12);
    expect(target2025?.standardisedGap?.gap).toBeCloseTo(0, 12);
    expect(target2025?.standardisedGap?.ciLow).toBeCloseTo(-0.027_585_97, 7);
    expect(target2025?.standardisedGap?.ciHigh).toBeCloseTo(0.030_846_79, 7);
  });
});

describe('an age-standardised indicator whose standardised figure cannot be published', () => {
  // 2024's oldest target band has 3 persons receiving home care of 10: suppressed, so the
  // standardised share (from which the band could be solved) is not published either.
  // Judged as parity (home care itself is `follow`, never judged), as in the test above.
  const small = TARGET_2024.map(([x, n], i) => (i === 3 ? ([3, n] as const) : ([x, n] as const)));
  const catalogue = loadCatalogue();
  const asParity = createCatalogue(catalogue.indicators.map((i) => (i.id === 'hjemmepleje' ? { ...i, wanted: 'parity' as const } : i)));
  const { rows } = computeResults(asParity, [delivery('hjemmepleje', '2024', cells(small)), delivery('hjemmepleje', '2025', cells(TARGET_2025))], {
    threshold: 5,
  });
  const whole = (period: string, group: string) =>
    rows.find((r) => r.indicator === 'hjemmepleje' && r.period === period && r.group === group && r.breakdown === '');

  it('publishes the crude figures and says why the standardised one is missing', () => {
    expect(whole('2024', 'target')?.value).toBeCloseTo(28 / 1130, 12);
    expect(whole('2024', 'target')?.standardised).toBeNull();
    expect(whole('2024', 'target')?.standardisedMissing).toBe('suppressed');
    expect(whole('2024', 'target')?.standardisedGap).toBeNull();
    expect(whole('2025', 'target')?.standardisedMissing).toBeNull();
  });

  it('does not fall back to the crude figures: the status is not assessable, and says why', () => {
    // On the crude shares the gap narrows significantly (−10.02 → −7.08 points): 'improved'.
    const target = whole('2025', 'target');
    expect(target?.status).toBe('not_assessable');
    expect(target?.statusBasis).toBe('standardised');
    expect(target?.statusReason).toBe('standardised_suppressed');
  });
});

describe('age-standardised status when the standardised figure is not computable', () => {
  it('a delivery without age bands: not computable, status not assessable for that reason', () => {
    const catalogue = loadCatalogue();
    const asParity = createCatalogue(catalogue.indicators.map((i) => (i.id === 'hjemmepleje' ? { ...i, wanted: 'parity' as const } : i)));
    const plain = (tx: number, tn: number) => [share('target', tx, tn), share('comparison', 260, 2100)];
    const { rows } = computeResults(asParity, [delivery('hjemmepleje', '2024', plain(30, 1130)), delivery('hjemmepleje', '2025', plain(70, 1320))], {
      threshold: 5,
    });
    const target = rows.find((r) => r.period === '2025' && r.group === 'target' && r.breakdown === '');
    expect(target?.standardisedMissing).toBe('not_computable');
    expect([target?.status, target?.statusReason]).toEqual(['not_assessable', 'standardised_not_computable']);
    const comparison = rows.find((r) => r.period === '2025' && r.group === 'comparison' && r.breakdown === '');
    expect(comparison?.standardisedMissing).toBe('not_computable');
  });
});
