/**
 * Whether a figure has changed between two periods, by the test that fits the measure: the
 * two-proportion z-test for shares and rates, Welch's t-test for means, the exact conditional
 * Poisson test for counts. Indexes from whole-population registers carry no test here.
 */
import type { Measure } from '../../catalogue/index.ts';
import { countChangeTest, twoMeanTest, twoProportionTest } from '../../stats/index.ts';
import type { Cell } from '../../cells/index.ts';
import type { Change } from '../../cells/index.ts';
import { counts } from './gap.ts';

/** The change from `before` to `after` (both unsuppressed), or null where it cannot be computed. */
export function changeBetween(
  measure: Measure,
  before: { period: string; cell: Cell; value: number | null },
  after: { cell: Cell; value: number | null },
): Change | null {
  if (before.value === null || after.value === null) return null;
  const base = { fromPeriod: before.period, from: before.value, to: after.value, difference: after.value - before.value };
  const test = significance(measure, before.cell, after.cell);
  // No test (an index over every resident): no significance either way — null, not false.
  return { ...base, significant: test?.significant ?? null, pValue: test?.pValue ?? null };
}

function significance(measure: Measure, a: Cell, b: Cell): { significant: boolean; pValue: number } | null {
  switch (measure.kind) {
    case 'share':
    case 'rate': {
      const x = counts(a);
      const y = counts(b);
      if (!x || !y) return null;
      const t = twoProportionTest(x.numerator, x.denominator, y.numerator, y.denominator);
      return t.kind === 'not_computable' ? null : t;
    }
    case 'mean': {
      if (a.value === null || b.value === null || a.n === null || b.n === null || a.sd === null || b.sd === null) return null;
      const t = twoMeanTest({ n: a.n, mean: a.value, sd: a.sd }, { n: b.n, mean: b.value, sd: b.sd });
      return t.kind === 'not_computable' ? null : t;
    }
    case 'count':
      if (a.numerator === null || b.numerator === null) return null;
      return countChangeTest(a.numerator, b.numerator);
    case 'index':
      return null;
  }
}
