/**
 * Guards for programmer errors at the boundary of the pure statistics functions. Data problems
 * (an empty group) are returned as `NotComputable`; impossible arguments (a negative count, a
 * numerator above its denominator, a confidence level of 2) are bugs upstream and throw.
 */

/** Throws unless `value` is a finite number ≥ 0. */
export function assertCount(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite number >= 0, got ${value}`);
}

/** Throws unless 0 ≤ x ≤ n. */
export function assertProportionCounts(x: number, n: number): void {
  assertCount(x, 'numerator');
  assertCount(n, 'denominator');
  if (x > n) throw new RangeError(`numerator ${x} exceeds denominator ${n}`);
}

/** Throws unless 0 < level < 1. */
export function assertLevel(level: number): void {
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
}

/** Throws unless 0 < alpha < 1. */
export function assertAlpha(alpha: number): void {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
}

/** Throws unless n is a non-negative integer and, when n ≥ 2, mean and sd are finite with sd ≥ 0. */
export function assertMeanSummary(summary: { n: number; mean: number; sd: number }): void {
  const { n, mean, sd } = summary;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (n >= 2 && !(Number.isFinite(mean) && Number.isFinite(sd) && sd >= 0)) {
    throw new RangeError(`mean and sd must be finite with sd >= 0, got ${mean}, ${sd}`);
  }
}
