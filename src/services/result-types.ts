/**
 * The shape of a computed indicator result: what `indikator compute` writes, what the API returns and
 * what the dashboard and the report render. Every value here has already been through suppression:
 * a suppressed cell carries `suppressed: true` and null numbers, never zero.
 */
import type { Definition, DeliveryGroup } from '../origin/types.ts';

export type Status = 'improved' | 'unchanged' | 'worsened' | 'not_assessable';

/** One cell of one indicator for one municipality, period, group and breakdown. */
export interface ResultRow {
  indicator: string;
  /** Three-digit kommunekode; `000` = the whole country. */
  municipality: string;
  /** Canonical period text: `2025`, `2024-10/2025-09`, `2024/2025`, `KV2025`. */
  period: string;
  group: DeliveryGroup;
  /** '' for the whole group, else `key=value` such as `age=under18` or `area=0101`. */
  breakdown: string;
  numerator: number | null;
  denominator: number | null;
  /** Share as a fraction (0.352), rate per 1,000, count, mean or index value. */
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Persons behind the figure. */
  n: number | null;
  suppressed: boolean;
  /** Target minus comparison (same unit as value); set on target rows only. */
  gap: number | null;
  gapCiLow: number | null;
  gapCiHigh: number | null;
  /** Directly age-standardised value (to the comparison group's age structure), where the catalogue asks. */
  standardised: { value: number; ciLow: number; ciHigh: number } | null;
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
  definition: Definition;
  thirdGeneration: boolean;
  thirdGenerationJustification: string | null;
  /** Where the figure came from. */
  delivery: { id: number; version: number; createdAt: string; source: string };
  note: string;
}

export interface Change {
  fromPeriod: string;
  from: number;
  to: number;
  difference: number;
  significant: boolean;
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
  aboveHalf: boolean;
}

/** Segregation indices for one whole municipality in one period. */
export interface SegregationRow {
  municipality: string;
  period: string;
  dissimilarity: number | null;
  isolation: number | null;
  exposure: number | null;
  theil: number | null;
}
