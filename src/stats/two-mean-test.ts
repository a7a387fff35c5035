/**
 * Has a mean changed? Welch's two-sample t-test from aggregated summaries, two-sided
 * (R: t.test(x, y, var.equal = FALSE); scipy.stats.ttest_ind_from_stats(..., equal_var=False)).
 *
 *   t = (m₂ − m₁) / √(s₁²/n₁ + s₂²/n₂), with Welch–Satterthwaite degrees of freedom.
 */

import { assertAlpha, assertMeanSummary } from './checks.ts';
import { type MeanSummary, type NotComputable, notComputable } from './result-types.ts';
import { studentTTwoSidedP } from './student-t.ts';
import type { WelchTest } from './test-result.ts';
import { welchParts } from './welch.ts';

/**
 * Tests the earlier mean against the later one; t > 0 when the later mean is higher. Each group
 * needs n ≥ 2; two groups without any spread (sd = 0) are not computable.
 * @example twoMeanTest({ n: 10, mean: 5, sd: 2 }, { n: 12, mean: 7, sd: 3 })
 */
export function twoMeanTest(first: MeanSummary, second: MeanSummary, alpha = 0.05): WelchTest | NotComputable {
  assertAlpha(alpha);
  assertMeanSummary(first);
  assertMeanSummary(second);
  if (first.n < 2 || second.n < 2) return notComputable('too_few_observations');
  const { standardError, df } = welchParts([first, second]);
  if (standardError === 0) return notComputable('zero_variance');
  const difference = second.mean - first.mean;
  const t = difference / standardError;
  const pValue = studentTTwoSidedP(t, df);
  return { kind: 'test', method: 'welch_t', t, df, pValue, significant: pValue < alpha, alpha, difference };
}
