/**
 * Student's t distribution with ν > 0 degrees of freedom (ν need not be an integer: Welch's
 * test produces fractional ν). Tail probabilities come from the incomplete beta function,
 * P(|T| > t) = I_{ν/(ν+t²)}(ν/2, ½) (Abramowitz & Stegun 26.7.1), with y = t²/(ν+t²) passed
 * exactly. ν = ∞ is the standard normal.
 */

import { betaTails } from './incomplete-beta.ts';
import { logBeta } from './log-gamma.ts';
import { normalDensity, normalUpperTail } from './normal-distribution.ts';

function assertDf(df: number): void {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be > 0, got ${df}`);
}

/**
 * Upper tail P(T > t) of Student's t with `df` degrees of freedom.
 * @example studentTUpperTail(2.2621571627409915, 9) // ≈ 0.025
 */
export function studentTUpperTail(t: number, df: number): number {
  assertDf(df);
  if (Number.isNaN(t)) throw new RangeError('t is NaN');
  if (df === Number.POSITIVE_INFINITY) return normalUpperTail(t);
  if (t === Number.POSITIVE_INFINITY) return 0;
  if (t === Number.NEGATIVE_INFINITY) return 1;
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  const halfTail = 0.5 * betaTails(x, df / 2, 0.5, y).lower; // P(T > |t|)
  return t >= 0 ? halfTail : 1 - halfTail;
}

/** Distribution function P(T ≤ t) of Student's t. */
export function studentTCdf(t: number, df: number): number {
  return studentTUpperTail(-t, df);
}

/** Two-sided p-value P(|T| > |t|). */
export function studentTTwoSidedP(t: number, df: number): number {
  return Math.min(1, 2 * studentTUpperTail(Math.abs(t), df));
}

/** Density of Student's t: Γ((ν+1)/2) / (√ν Γ(ν/2) √π) · (1 + t²/ν)^{−(ν+1)/2}. */
export function studentTDensity(t: number, df: number): number {
  assertDf(df);
  if (df === Number.POSITIVE_INFINITY) return normalDensity(t);
  const logDensity = -logBeta(df / 2, 0.5) - 0.5 * Math.log(df) - ((df + 1) / 2) * Math.log1p((t * t) / df);
  return Math.exp(logDensity);
}
