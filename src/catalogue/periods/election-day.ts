/**
 * The day of a Danish municipal election. The Municipal and Regional Elections Act places it on
 * the third Tuesday of November every fourth year; the rule reproduces every election since 1981
 * (17 Nov 1981, 15 Nov 2005, 21 Nov 2017, 16 Nov 2021, 18 Nov 2025).
 */
import { FIRST_ELECTION_YEAR, type IsoDate, LAST_YEAR } from './period.ts';

const TUESDAY = 2;

/** True when a municipal election falls in `year` (1981, 1985, …, 2025, 2029, …). */
export function isElectionYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_ELECTION_YEAR && year <= LAST_YEAR && (year - FIRST_ELECTION_YEAR) % 4 === 0;
}

/**
 * The third Tuesday of November in `year`, as `YYYY-MM-DD`.
 *
 * @example electionDay(2025) // '2025-11-18'
 */
export function electionDay(year: number): IsoDate {
  const weekdayOfFirst = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const firstTuesday = 1 + ((TUESDAY - weekdayOfFirst + 7) % 7);
  return isoDate(year, 11, firstTuesday + 14);
}

/** Writes a date as `YYYY-MM-DD` from its parts (month 1–12). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
