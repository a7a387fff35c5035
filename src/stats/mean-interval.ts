/**
 * Means with Student t confidence intervals (DATA.md §5: "t-intervals for means"), from the
 * person-level values or from an aggregated delivery that gives n, mean and standard deviation.
 *
 *   mean ± t_{1−α/2, n−1} · sd/√n
 */

import { assertLevel, assertMeanSummary } from './checks.ts';
import { type Interval, type MeanSummary, type NotComputable, notComputable } from './result-types.ts';
import { studentTCriticalValue } from './student-t-quantile.ts';

/** A t-interval for a mean, with the summary it was computed from. */
export interface MeanInterval extends Interval {
  n: number;
  sd: number;
  standardError: number;
  df: number;
}

/**
 * n, mean and sample standard deviation (divisor n − 1) of `values`, by the corrected two-pass
 * algorithm (Chan, Golub & LeVeque, "Algorithms for computing the sample variance", The American
 * Statistician 37(3), 1983, eq. 1.7). With no values mean and sd are NaN; with one value sd is NaN.
 * @example summariseValues([2, 4, 4, 4, 5, 5, 7, 9]) // { n: 8, mean: 5, sd: 2.138… }
 */
export function summariseValues(values: readonly number[]): MeanSummary {
  const n = values.length;
  if (n === 0) return { n, mean: Number.NaN, sd: Number.NaN };
  let sum = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`values must be finite, got ${v}`);
    sum += v;
  }
  const mean = sum / n;
  let squares = 0;
  let deviations = 0;
  for (const v of values) {
    squares += (v - mean) * (v - mean);
    deviations += v - mean;
  }
  const sd = n < 2 ? Number.NaN : Math.sqrt(Math.max(0, (squares - (deviations * deviations) / n) / (n - 1)));
  return { n, mean, sd };
}

/**
 * The t-interval for a mean given as an aggregated summary. Fewer than 2 persons is not computable.
 * @example meanFromSummary({ n: 10, mean: 7, sd: 2 }) // low = 7 − 2.2622·2/√10 = 5.5693…
 */
export function meanFromSummary(summary: MeanSummary, level = 0.95): MeanInterval | NotComputable {
  assertLevel(level);
  assertMeanSummary(summary);
  const { n, mean, sd } = summary;
  if (n < 2) return notComputable('too_few_observations');
  const df = n - 1;
  const standardError = sd / Math.sqrt(n);
  const half = studentTCriticalValue(level, df) * standardError;
  return { kind: 'interval', estimate: mean, low: mean - half, high: mean + half, level, n, sd, standardError, df };
}

/**
 * The t-interval for a mean, from person-level values or from a summary {n, mean, sd}.
 * @example meanInterval([4, 7, 10]) // mean 7, sd 3, df 2: 7 ± 4.3027·√3
 */
export function meanInterval(input: readonly number[] | MeanSummary, level = 0.95): MeanInterval | NotComputable {
  const summary = isValueList(input) ? summariseValues(input) : input;
  return meanFromSummary(summary, level);
}

function isValueList(input: readonly number[] | MeanSummary): input is readonly number[] {
  return Array.isArray(input);
}
