/**
 * The binomial distribution function, P(X ≤ k) for X ~ Bin(n, p), via the identity
 * P(X ≤ k) = I_{1−p}(n − k, k + 1) (Abramowitz & Stegun 26.5.24). Used by the exact
 * conditional test for a change in a count.
 */

import { betaTails } from './incomplete-beta.ts';

/**
 * P(X ≤ k) for X ~ Bin(n, p); k is floored, n a non-negative integer.
 * @example binomialCdf(2, 4, 0.5) // 11/16 = 0.6875
 */
export function binomialCdf(k: number, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  const kk = Math.floor(k);
  if (kk < 0) return 0;
  if (kk >= n) return 1;
  return betaTails(1 - p, n - kk, kk + 1, p).lower;
}
