/**
 * Delivery rounds as the store keeps them. A round names, for each period type of the catalogue,
 * the period that is due (calendar year 2025, school year 2024/2025, …) and a deadline. Which
 * indicators are expected follows from the catalogue; the deliveries themselves carry their status.
 */
import type { PeriodType } from '../catalogue/index.ts';

/** The period due per period type; a type without a period is not part of the round. */
export type RoundPeriods = Partial<Record<PeriodType, string>>;

/** What the coordinator gives when opening a round. */
export interface NewRound {
  /** A short name shown to people, e.g. `Årsopfølgning 2025`. */
  name: string;
  periods: RoundPeriods;
  /** Last day for deliveries, `YYYY-MM-DD`. */
  deadline: string;
}

/** A stored round. */
export interface Round extends NewRound {
  id: number;
  openedBy: string;
  /** ISO-8601 UTC. */
  openedAt: string;
  /** ISO-8601 UTC, or null while the round is open. */
  closedAt: string | null;
  closedBy: string | null;
}
