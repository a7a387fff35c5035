/**
 * Status of an age-standardised indicator is judged on the standardised figures. Hand-made home
 * care data: the target group has exactly the comparison group's rate in every age band, in both
 * years, but grows older between 2024 and 2025. Its crude share rises from 30/1130 = 2.65 % to
 * 70/1320 = 5.30 % and the crude gap to the comparison group (260/2100 = 12.38 %) narrows from
 * −9.73 to −7.08 percentage points — a crude judgement would call that a significant change.
 * Standardised to the comparison group's age structure, the target's share is 12.38 % in both
 * years (same band rates), the gap is 0 in both, and the status is "unchanged".
 */
import { describe, expect, it } from 'vitest';
import { createCatalogue, loadCatalogue } from '../../src/catalogue/index.ts';
import { computeResults } from '../../src/services/compute/index.ts';
import { proportionGapChangeTest } from '../../src/stats/index.ts';
import { delivery, share } from '../report/fixtures.ts';

const BANDS = ['0-64', '65-74', '75-84', '85+'] as const;
/** [numerator, denominator] per band. */
const COMPARISON = [[10, 1000], [50, 500], [100, 400], [100, 200]] as const;
const TARGET_2024 = [[10, 1000], [10, 100], [5, 20], [5, 10]] as const;
const TARGET_2025 = [[10, 1000], [20, 200], [20, 80], [20, 40]] as const;

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
    computeResults(c, deliveries, { threshold: 5 }).rows.find((r) => r.indicator === 'hjemmepleje' && r.period === '2025' && r.group === 'target' && r.breakdown === '');
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
    expect(target2025Of(asParity)?.status).toBe('unchanged');
    expect(target2025?.status).toBe('not_assessable');
  });
});
