/**
 * Vocabulary of the status of an indicator against its wanted direction (DATA.md §3: every
 * indicator wants `increase`, `decrease`, `parity` with the comparison group, or is followed
 * (`follow`)). Inputs are a tagged union by measure, so each kind carries exactly the data its
 * significance test needs.
 */

import type { MeanSummary, ProportionCounts } from './result-types.ts';

export const WANTED_DIRECTIONS = ['increase', 'decrease', 'parity', 'follow'] as const;
export type Wanted = (typeof WANTED_DIRECTIONS)[number];

export const STATUSES = ['improved', 'unchanged', 'worsened', 'not_assessable'] as const;
export type Status = (typeof STATUSES)[number];

/** Why a status could not be assessed. */
export type NotAssessableReason =
  | 'no_previous_period'
  | 'no_comparison'
  | 'no_uncertainty'
  | 'not_computable'
  | 'not_applicable'
  /** `follow`: watched without a wanted direction, so never judged. */
  | 'followed';

/** One period of a share or a rate per 1,000 (both are proportions of persons). */
export interface ProportionObservation {
  target: ProportionCounts;
  comparison?: ProportionCounts | null;
}

/** One period of a mean (e.g. grade point average). */
export interface MeanObservation {
  target: MeanSummary;
  comparison?: MeanSummary | null;
}

/** One period of an index (e.g. a segregation index); without a standard error no test exists. */
export interface IndexObservation {
  value: number;
  standardError?: number | null;
}

interface Periods<T> {
  wanted: Wanted;
  previous: T | null;
  current: T;
  alpha?: number;
}

/** What `assessStatus` judges, by measure kind. */
/**
 * A gap (target minus comparison) already estimated with its standard error — e.g. between a
 * directly age-standardised share and the comparison group's share, where the gap test on raw
 * counts would judge the groups' different age structures rather than the indicator.
 */
export interface GapObservation {
  gap: number;
  standardError: number;
}

export type StatusInput =
  | ({ kind: 'proportion' } & Periods<ProportionObservation>)
  | ({ kind: 'mean' } & Periods<MeanObservation>)
  | ({ kind: 'count' } & Periods<number>)
  | ({ kind: 'index' } & Periods<IndexObservation>)
  | ({ kind: 'gap' } & Periods<GapObservation>);

/** The verdict, what it was judged on and the p-value of the test behind it. */
export interface StatusAssessment {
  status: Status;
  judgedOn: 'level' | 'gap' | null;
  pValue: number | null;
  reason: NotAssessableReason | null;
}
