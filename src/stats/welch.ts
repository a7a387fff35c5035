/**
 * Welch's standard error and Welch–Satterthwaite degrees of freedom for the difference of two
 * independent means with unequal variances (B. L. Welch, Biometrika 34:28–35, 1947;
 * F. E. Satterthwaite, Biometrics Bulletin 2:110–114, 1946):
 *
 *   se = √(s₁²/n₁ + s₂²/n₂),  ν = (v₁ + v₂)² / (v₁²/(n₁−1) + v₂²/(n₂−1)),  vᵢ = sᵢ²/nᵢ
 *
 * The same formula for any number of independent means (a change in a gap has four).
 */

import type { MeanSummary } from './result-types.ts';

/** Standard error of a sum/difference of independent means and its Satterthwaite df. */
export interface WelchParts {
  standardError: number;
  df: number;
}

/** Welch–Satterthwaite se and df of ±m₁ ± m₂ ± …; every summary needs n ≥ 2. */
export function welchParts(summaries: readonly MeanSummary[]): WelchParts {
  let variance = 0;
  let dfDenominator = 0;
  for (const { n, sd } of summaries) {
    const v = (sd * sd) / n;
    variance += v;
    dfDenominator += (v * v) / (n - 1);
  }
  const df = dfDenominator === 0 ? Number.POSITIVE_INFINITY : (variance * variance) / dfDenominator;
  return { standardError: Math.sqrt(variance), df };
}
