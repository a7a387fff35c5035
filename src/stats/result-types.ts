/**
 * Result shapes shared by the statistics core. Every estimator returns a tagged union, so a
 * figure that cannot be computed (no persons, too few observations) is a value the caller must
 * handle and render, never a thrown error or a silent NaN.
 */

/** Why a figure could not be computed. */
export type NotComputableReason =
  | 'empty_denominator'
  | 'too_few_observations'
  | 'zero_variance'
  | 'empty_band'
  | 'band_mismatch'
  | 'empty_standard'
  | 'single_group';

/** A figure that cannot be computed from the data given; `detail` names e.g. the empty bands. */
export interface NotComputable {
  kind: 'not_computable';
  reason: NotComputableReason;
  detail?: string;
}

/** A point estimate with a two-sided confidence interval at `level` (e.g. 0.95). */
export interface Interval {
  kind: 'interval';
  estimate: number;
  low: number;
  high: number;
  level: number;
}

/** Counts behind a share: `numerator` persons out of `denominator` persons. */
export interface ProportionCounts {
  numerator: number;
  denominator: number;
}

/** Summary of a numeric variable over `n` persons (sample standard deviation, divisor n − 1). */
export interface MeanSummary {
  n: number;
  mean: number;
  sd: number;
}

/** Builds a `NotComputable` value. */
export function notComputable(reason: NotComputableReason, detail?: string): NotComputable {
  return detail === undefined ? { kind: 'not_computable', reason } : { kind: 'not_computable', reason, detail };
}
