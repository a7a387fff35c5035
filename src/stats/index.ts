/**
 * Public surface of the statistics core: pure functions over plain numbers — shares, rates and
 * means with their intervals, gaps and their intervals, significance tests, direct age
 * standardisation, status against the wanted direction, diversity and segregation indices, and
 * small-cell suppression. No I/O, no clock, no globals. Methods: docs/statistics.md.
 */

export { assessStatus } from './assess-status.ts';
export { binomialCdf } from './binomial-distribution.ts';
export { countChangeTest } from './count-change-test.ts';
export {
  type BandCounts,
  directlyStandardise,
  type StandardisedShare,
  type StandardWeight,
  standardFromComparison,
} from './direct-standardisation.ts';
export * from './diversity/index.ts';
export { gap, ratio } from './gap.ts';
export { type GroupPair, meanGapChangeTest, proportionGapChangeTest } from './gap-change-test.ts';
export { differenceInterval, gapInterval } from './gap-interval.ts';
export { betaTails, regularizedIncompleteBeta } from './incomplete-beta.ts';
export { logBeta, logGamma } from './log-gamma.ts';
export { meanGapInterval } from './mean-gap-interval.ts';
export { type MeanInterval, meanFromSummary, meanInterval, summariseValues } from './mean-interval.ts';
export {
  assessProgress,
  PROGRESS_STATUSES,
  type ProgressAssessment,
  type ProgressInput,
  type ProgressPoint,
  type ProgressReason,
  type ProgressStatus,
  weightedTrend,
} from './progress.ts';
export { normalCdf, normalDensity, normalTwoSidedP, normalUpperTail } from './normal-distribution.ts';
export { normalCriticalValue, normalQuantile } from './normal-quantile.ts';
export { type RateInterval, rateIntervalPer1000 } from './rate-interval.ts';
export type {
  Interval,
  MeanSummary,
  NotComputable,
  NotComputableReason,
  ProportionCounts,
} from './result-types.ts';
export type {
  GapObservation,
  IndexObservation,
  MeanObservation,
  NotAssessableReason,
  ProportionObservation,
  Status,
  StatusAssessment,
  StatusInput,
  Wanted,
} from './status-types.ts';
export { STATUSES, WANTED_DIRECTIONS } from './status-types.ts';
export { studentTCdf, studentTDensity, studentTTwoSidedP, studentTUpperTail } from './student-t.ts';
export { studentTCriticalValue, studentTQuantile } from './student-t-quantile.ts';
export * from './suppression/index.ts';
export type { CountTest, GapChangeTest, ProportionTest, WelchTest } from './test-result.ts';
export { twoMeanTest } from './two-mean-test.ts';
export { twoProportionTest } from './two-proportion-test.ts';
export { wilsonInterval } from './wilson-interval.ts';
