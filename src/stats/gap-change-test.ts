/**
 * Has the gap between the target and the comparison group changed between two periods? The four
 * groups (target and comparison, earlier and later) are treated as independent samples, so the
 * variance of (gap₂ − gap₁) is the sum of the four variances:
 *
 *   shares:  z = (g₂ − g₁) / √Σ pⱼ(1 − pⱼ)/nⱼ            (unpooled Wald variances, normal reference)
 *   means:   t = (g₂ − g₁) / √Σ sⱼ²/nⱼ, Welch–Satterthwaite df over the four summaries
 *
 * Independence across periods is an approximation when the same persons appear in both years;
 * it makes the test conservative when their outcomes are positively correlated.
 */

import { assertAlpha, assertMeanSummary, assertProportionCounts } from './checks.ts';
import { normalTwoSidedP } from './normal-distribution.ts';
import { type MeanSummary, type NotComputable, notComputable, type ProportionCounts } from './result-types.ts';
import { studentTTwoSidedP } from './student-t.ts';
import type { GapChangeTest } from './test-result.ts';
import { welchParts } from './welch.ts';

/** A target and a comparison observation in one period. */
export interface GroupPair<T> {
  target: T;
  comparison: T;
}

function share(c: ProportionCounts): number {
  return c.numerator / c.denominator;
}

/**
 * Tests the change in the gap between two shares; z > 0 when the gap grew (more positive).
 * @example proportionGapChangeTest(
 *   { target: { numerator: 30, denominator: 100 }, comparison: { numerator: 60, denominator: 100 } },
 *   { target: { numerator: 50, denominator: 100 }, comparison: { numerator: 60, denominator: 100 } })
 */
export function proportionGapChangeTest(
  previous: GroupPair<ProportionCounts>,
  current: GroupPair<ProportionCounts>,
  alpha = 0.05,
): GapChangeTest | NotComputable {
  assertAlpha(alpha);
  const all = [previous.target, previous.comparison, current.target, current.comparison];
  for (const c of all) assertProportionCounts(c.numerator, c.denominator);
  if (all.some((c) => c.denominator === 0)) return notComputable('empty_denominator');
  const previousGap = share(previous.target) - share(previous.comparison);
  const currentGap = share(current.target) - share(current.comparison);
  const difference = currentGap - previousGap;
  const variance = all.reduce((s, c) => s + (share(c) * (1 - share(c))) / c.denominator, 0);
  if (variance === 0 && difference !== 0) return notComputable('zero_variance');
  const statistic = variance === 0 ? 0 : difference / Math.sqrt(variance);
  const pValue = normalTwoSidedP(statistic);
  return { kind: 'test', method: 'gap_change_z', statistic, df: null, pValue, significant: pValue < alpha, alpha, previousGap, currentGap, difference };
}

/** Tests the change in the gap between two means (Welch–Satterthwaite over four groups). */
export function meanGapChangeTest(previous: GroupPair<MeanSummary>, current: GroupPair<MeanSummary>, alpha = 0.05): GapChangeTest | NotComputable {
  assertAlpha(alpha);
  const all = [previous.target, previous.comparison, current.target, current.comparison];
  for (const s of all) assertMeanSummary(s);
  if (all.some((s) => s.n < 2)) return notComputable('too_few_observations');
  const previousGap = previous.target.mean - previous.comparison.mean;
  const currentGap = current.target.mean - current.comparison.mean;
  const difference = currentGap - previousGap;
  const { standardError, df } = welchParts(all);
  if (standardError === 0) return notComputable('zero_variance');
  const statistic = difference / standardError;
  const pValue = studentTTwoSidedP(statistic, df);
  return { kind: 'test', method: 'gap_change_welch_t', statistic, df, pValue, significant: pValue < alpha, alpha, previousGap, currentGap, difference };
}
