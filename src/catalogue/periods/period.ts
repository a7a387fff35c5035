/**
 * The periods an indicator is reported for. The memo counts most figures per calendar year, the
 * language assessments from 1 October to 30 September, the final examination per school year and
 * turnout per municipal election; each of those is one variant of `Period`, tagged by `kind`.
 */

/** The four ways an indicator's period can be cut. */
export const PERIOD_TYPES = ['calendar_year', 'oct_sep', 'school_year', 'election'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** A calendar year, written `2025`. */
export interface CalendarYear {
  readonly kind: 'calendar_year';
  readonly year: number;
}

/** 1 October `startYear` – 30 September `startYear + 1`, written `2024-10/2025-09`. */
export interface OctSepYear {
  readonly kind: 'oct_sep';
  readonly startYear: number;
}

/** 1 August `startYear` – 31 July `startYear + 1`, written `2024/2025`. */
export interface SchoolYear {
  readonly kind: 'school_year';
  readonly startYear: number;
}

/** The municipal election (kommunalvalg) held in November of `year`, written `KV2025`. */
export interface Election {
  readonly kind: 'election';
  readonly year: number;
}

export type Period = CalendarYear | OctSepYear | SchoolYear | Election;

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * The years a period may start in. Wide enough for any register history, narrow enough that a
 * typing slip such as `0225` or `20255` is refused rather than reported.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

/**
 * Municipal elections have been held every fourth year on the third Tuesday of November since
 * 17 November 1981 (the 1978 election was in March): 1981, 1985, …, 2021, 2025.
 */
export const FIRST_ELECTION_YEAR = 1981;
