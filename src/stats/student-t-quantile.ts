/**
 * Quantiles of Student's t: the multiplier in every t-interval for a mean. A starting value from
 * Hill's algorithm 396 (G. W. Hill, "Algorithm 396: Student's t-quantiles", CACM 13(10):619–620,
 * 1970, in the form R's `qt` uses) is polished by Newton's method on the upper tail
 * (computed through the incomplete beta function), which brings it to about 1e-14 relative.
 */

import { normalQuantile } from './normal-quantile.ts';
import { studentTDensity, studentTUpperTail } from './student-t.ts';

/** Hill's approximation of the t with P(|T| > t) = `twoSided`, for 0 < twoSided ≤ 1. */
function hillStart(twoSided: number, df: number): number {
  if (Math.abs(df - 2) < 1e-12) return Math.sqrt(2 / (twoSided * (2 - twoSided)) - 2);
  if (df < 1 + 1e-12) {
    const angle = (twoSided * Math.PI) / 2;
    return Math.cos(angle) / Math.sin(angle);
  }
  const a = 1 / (df - 0.5);
  const b = 48 / (a * a);
  let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * df;
  let y = (d * twoSided) ** (2 / df);
  if (y > 0.05 + a) {
    const x = normalQuantile(0.5 * twoSided);
    y = x * x;
    if (df < 5) c += 0.3 * (df - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = Math.expm1(a * y * y);
  } else {
    y = (((1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4)) * y - 1) * (df + 1)) / (df + 2) + 1 / y;
  }
  return Math.sqrt(df * y);
}

/** Solves P(T > t) = upper for t > 0 (upper < ½) by Newton's method from Hill's start. */
function positiveQuantile(upper: number, df: number): number {
  let t = hillStart(2 * upper, df);
  for (let i = 0; i < 100; i++) {
    const step = (studentTUpperTail(t, df) - upper) / studentTDensity(t, df);
    const next = t + step > 0 ? t + step : t / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.abs(next)) return next;
    t = next;
  }
  return t;
}

/**
 * Quantile of Student's t with `df` > 0 degrees of freedom: the t with P(T ≤ t) = p.
 * @example studentTQuantile(0.975, 9) // 2.2621571627409915
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must be in [0, 1], got ${p}`);
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be > 0, got ${df}`);
  if (df === Number.POSITIVE_INFINITY) return normalQuantile(p);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  return p > 0.5 ? positiveQuantile(1 - p, df) : -positiveQuantile(p, df);
}

/** The two-sided critical value t_{1−(1−level)/2, df}, e.g. 2.2621571627409915 for 0.95 and df 9. */
export function studentTCriticalValue(level: number, df: number): number {
  return -studentTQuantile((1 - level) / 2, df);
}
