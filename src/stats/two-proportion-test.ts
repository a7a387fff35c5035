/**
 * Has a share changed? The pooled two-proportion z-test, two-sided (equivalent to Pearson's
 * χ² test without continuity correction: z² = R's prop.test(c(x1, x2), c(n1, n2), correct = FALSE)
 * statistic).
 *
 *   p̄ = (x₁ + x₂)/(n₁ + n₂),  z = (p₂ − p₁) / √(p̄(1 − p̄)(1/n₁ + 1/n₂))
 */

import { assertAlpha, assertProportionCounts } from './checks.ts';
import { normalTwoSidedP } from './normal-distribution.ts';
import { type NotComputable, notComputable } from './result-types.ts';
import type { ProportionTest } from './test-result.ts';

/**
 * Tests x₁/n₁ (earlier) against x₂/n₂ (later); z > 0 when the later share is higher.
 * When p̄ is 0 or 1 both shares are identical (0 % or 100 %): z = 0 and p = 1.
 * @example twoProportionTest(45, 100, 30, 100) // z = −2.1909, p = 0.02846, significant
 */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number, alpha = 0.05): ProportionTest | NotComputable {
  assertProportionCounts(x1, n1);
  assertProportionCounts(x2, n2);
  assertAlpha(alpha);
  if (n1 === 0 || n2 === 0) return notComputable('empty_denominator');
  const difference = x2 / n2 - x1 / n1;
  const pooled = (x1 + x2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  const z = variance === 0 ? 0 : difference / Math.sqrt(variance);
  const pValue = normalTwoSidedP(z);
  return { kind: 'test', method: 'two_proportion_z', z, pValue, significant: pValue < alpha, alpha, difference };
}
