/**
 * The shape of a computed indicator result: what `indikator compute` writes, what the API returns and
 * what the dashboard and the report render. Every value here has already been through suppression:
 * a suppressed cell carries `suppressed: true` and null numbers, never zero.
 */
import type { Definition } from '../origin/types.ts';
import { type ProgressReason, type ProgressStatus, type Status, withheld } from '../stats/index.ts';
import type { Cell } from './cell.ts';

export type StandardisedMissing = 'suppressed' | 'not_computable';

/**
 * Why a status could not be assessed: no earlier period, the earlier figure suppressed, the
 * standardised figure of this or the earlier period suppressed or not computable, or the test
 * itself not possible (no comparison group, no uncertainty, …).
 */
export type StatusReason =
  | 'no_previous_period'
  | 'previous_suppressed'
  | 'standardised_suppressed'
  | 'standardised_not_computable'
  | 'not_computable'
  /** `follow` indicators are never judged. */
  | 'followed';

/**
 * One cell of one indicator for one municipality, period, group and breakdown: the stored cell
 * (without the standard deviation, which only feeds the interval) grown by what is computed from
 * it. `value` is a share as a fraction (0.352), rate per 1,000, count, mean or index value.
 */
export interface ResultRow extends Omit<Cell, 'sd'> {
  indicator: string;
  /** Canonical period text: `2025`, `2024-10/2025-09`, `2024/2025`, `KV2025`. */
  period: string;
  ciLow: number | null;
  ciHigh: number | null;
  /** Target minus comparison (same unit as value); set on target rows only. */
  gap: number | null;
  gapCiLow: number | null;
  gapCiHigh: number | null;
  /** Directly age-standardised value (to the comparison group's age structure), where the catalogue asks. */
  standardised: { value: number; ciLow: number; ciHigh: number } | null;
  /**
   * Whole-group target row of an age-standardised indicator: its standardised value minus the
   * comparison group's (MOVER interval). This is the gap the status is judged on; `gap` is crude.
   */
  standardisedGap: { gap: number; ciLow: number; ciHigh: number } | null;
  /**
   * Why a whole-group target or comparison row of an age-standardised indicator has no
   * standardised figure: an age band is suppressed (publishing it would let a reader recover the
   * band) or it cannot be computed (a band without persons, no bands delivered). Null otherwise.
   */
  standardisedMissing: StandardisedMissing | null;
  /** Change in value since the previous period and since the first period, with significance. */
  change: {
    sincePrevious: Change | null;
    sinceFirst: Change | null;
  };
  /** Status against the indicator's wanted direction (target rows; others 'not_assessable'). */
  status: Status;
  /**
   * The long-term verdict: the same rule as `status`, judged from the first period to this one
   * (significant improvement / no significant change / significant worsening).
   */
  longTerm: Status;
  /**
   * What the status is judged on: 'standardised' for the whole-group target row of an
   * age-standardised indicator (always, never switching basis), 'crude' elsewhere; null on rows
   * that carry no status (suppressed, not the target group).
   */
  statusBasis: 'standardised' | 'crude' | null;
  /** Why a target row's status is 'not_assessable'; null when it is assessed or carries none. */
  statusReason: StatusReason | null;
  definition: Definition;
  thirdGeneration: boolean;
  thirdGenerationJustification: string | null;
  /** Where the figure came from. */
  delivery: { id: number; version: number; createdAt: string; source: string };
}

/** The figures computed from a cell, absent: what a row without an estimate (an index, a withheld cell) carries. */
export function noDerivedFigures() {
  return {
    ciLow: null,
    ciHigh: null,
    gap: null,
    gapCiLow: null,
    gapCiHigh: null,
    standardised: null,
    standardisedGap: null,
    standardisedMissing: null,
    status: 'not_assessable',
    statusBasis: null,
    statusReason: null,
  } as const satisfies Partial<ResultRow>;
}

/**
 * A withheld row as it leaves: no figures, nothing derived from them, no change, no long-term
 * verdict (it is judged from the hidden figure: "significant worsening since 2015" bounds it), no
 * note (a note may name the count).
 */
export function withheldRow(row: ResultRow): ResultRow {
  return { ...withheld(row), ...noDerivedFigures(), change: { sincePrevious: null, sinceFirst: null }, longTerm: 'not_assessable', note: '' };
}

export interface Change {
  fromPeriod: string;
  from: number;
  to: number;
  difference: number;
  /** Whether the change is statistically significant; null where no test exists (indexes). */
  significant: boolean | null;
  pValue: number | null;
}

/** One housing area in the diversity indicator, for the map/area chart. */
export interface AreaRow {
  /** The municipality the area lies in (three-digit kommunekode). */
  municipality: string;
  period: string;
  area: string;
  total: number | null;
  targetShare: number | null;
  simpson: number | null;
  shannon: number | null;
  suppressed: boolean;
  /** Whether the target group is more than half the residents; null when the area is suppressed. */
  aboveHalf: boolean | null;
}

/** A withheld housing area as it leaves: no counts, no indices, no flag. */
export function withheldArea(row: Pick<AreaRow, 'municipality' | 'period' | 'area'>): AreaRow {
  const { municipality, period, area } = row;
  return { municipality, period, area, total: null, targetShare: null, simpson: null, shannon: null, suppressed: true, aboveHalf: null };
}

/** Why the segregation indices of a period are null. */
export type SegregationReason =
  /** The municipality's own group counts are suppressed, so the pooled unit cannot be formed. */
  | 'municipality_suppressed'
  /** Fewer than two units (published areas plus the pooled unit) hold residents. */
  | 'too_few_units'
  /** A group has no residents at all (e.g. no target group), so the index is undefined. */
  | 'empty_group';

/**
 * Segregation indices for one whole municipality in one period, over all residents: the areas
 * whose counts are published each count as a unit, and the rest (areas with a suppressed count,
 * and residents without a published area) as one pooled unit whose counts are the municipality's
 * minus the published areas' — figures a reader can already derive, so the indices reveal nothing
 * more than the published cells. Indices without a test carry no significance.
 */
export interface SegregationRow {
  municipality: string;
  period: string;
  dissimilarity: number | null;
  isolation: number | null;
  exposure: number | null;
  theil: number | null;
  /** Share of all residents living in an area whose counts are published (null when unknown). */
  coverage: number | null;
  /** Areas with a suppressed count, pooled into one unit. */
  pooledAreas: number;
  /** Why the indices are null; null when they are computed. */
  reason: SegregationReason | null;
}

/** Progress of one indicator towards its target, for the page, the API and the report. */
export interface TargetProgress {
  status: ProgressStatus;
  reason: ProgressReason;
  /** The baseline period actually used (the target's, else the first period with a figure). */
  baselinePeriod: string | null;
  baselineValue: number | null;
  latestPeriod: string | null;
  latestValue: number | null;
  /** Target minus the latest value, in the stored unit. */
  remaining: number | null;
  /** The fitted trend per year with its 95 % interval, and where it reaches by the target year. */
  trend: { slope: number; low: number; high: number; projected: number } | null;
  /** The change per year still needed from the latest value. */
  requiredSlope: number | null;
  /** How many published periods the trend was fitted to (after the last series break). */
  periodsUsed: number;
}
