/**
 * The Wilson score interval for a share (E. B. Wilson, "Probable inference, the law of
 * succession, and statistical inference", JASA 22:209–212, 1927) — the interval DATA.md §5 fixes
 * for every share. Unlike the Wald interval it stays inside [0, 1] and behaves at 0 % and 100 %,
 * which matters for small municipal groups.
 *
 *   centre = (p̂ + z²/2n) / (1 + z²/n),  half-width = z/(1 + z²/n) · √(p̂(1−p̂)/n + z²/4n²)
 */

import { assertLevel, assertProportionCounts } from './checks.ts';
import { normalCriticalValue } from './normal-quantile.ts';
import { type Interval, type NotComputable, notComputable } from './result-types.ts';

/**
 * The Wilson interval for a proportion p̂ observed on `n` (possibly non-integer, effective) trials
 * with critical value `z`. Exported for the standardisation module; most callers want
 * `wilsonInterval`.
 */
export function wilsonBounds(p: number, n: number, z: number): { low: number; high: number } {
  const z2n = (z * z) / n;
  const denominator = 1 + z2n;
  const centre = (p + z2n / 2) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  return {
    low: p === 0 ? 0 : Math.max(0, centre - half),
    high: p === 1 ? 1 : Math.min(1, centre + half),
  };
}

/**
 * Share x/n with its Wilson score interval. n = 0 is not computable (no persons, no share).
 * @example wilsonInterval(45, 100) // { kind: 'interval', estimate: 0.45, low: 0.3561…, high: 0.5475…, level: 0.95 }
 */
export function wilsonInterval(x: number, n: number, level = 0.95): Interval | NotComputable {
  assertProportionCounts(x, n);
  assertLevel(level);
  if (n === 0) return notComputable('empty_denominator');
  const estimate = x / n;
  const { low, high } = wilsonBounds(estimate, n, normalCriticalValue(level));
  return { kind: 'interval', estimate, low, high, level };
}
