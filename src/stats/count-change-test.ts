/**
 * Has a count (no denominator: IGU courses, children needing language stimulation) changed? The
 * exact conditional test for two Poisson counts over equal exposure (Przyborowski & Wilenski,
 * "Homogeneity of results in testing samples from Poisson series", Biometrika 31:313–323, 1940):
 * given x₁ + x₂ = N, under "no change" x₂ ~ Bin(N, ½), so the two-sided p-value is
 * min(1, 2 · P(X ≤ min(x₁, x₂))). This is R's poisson.test(c(x1, x2)) and
 * binom.test(x2, x1 + x2, 0.5); chosen over the normal approximation (x₂ − x₁)/√(x₁ + x₂)
 * because municipal counts are often small.
 */

import { binomialCdf } from './binomial-distribution.ts';
import { assertAlpha } from './checks.ts';
import type { CountTest } from './test-result.ts';

/**
 * Tests count x₁ (earlier) against x₂ (later). Two zero counts are "no change": p = 1.
 * @example countChangeTest(10, 20) // p = 0.09874…, not significant at 0.05
 */
export function countChangeTest(x1: number, x2: number, alpha = 0.05): CountTest {
  for (const x of [x1, x2]) {
    if (!Number.isInteger(x) || x < 0) throw new RangeError(`counts must be non-negative integers, got ${x}`);
  }
  assertAlpha(alpha);
  const total = x1 + x2;
  const pValue = total === 0 ? 1 : Math.min(1, 2 * binomialCdf(Math.min(x1, x2), total, 0.5));
  return { kind: 'test', method: 'exact_conditional_poisson', pValue, significant: pValue < alpha, alpha, difference: x2 - x1 };
}
