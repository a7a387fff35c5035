/**
 * The calendar dates a period covers, and the date at which a person's age is measured for it.
 * Age bands, age standardisation and "resident at the end of the period" all hang on these dates.
 */
import { electionDay, isoDate } from './election-day.ts';
import type { IsoDate, Period } from './period.ts';

/** First and last day of a period, both included. */
export interface DateRange {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/**
 * The first and last day of a period. A school year runs 1 August – 31 July; an election is the
 * single election day.
 *
 * @example periodRange({ kind: 'oct_sep', startYear: 2024 }) // { start: '2024-10-01', end: '2025-09-30' }
 */
export function periodRange(period: Period): DateRange {
  switch (period.kind) {
    case 'calendar_year':
      return { start: isoDate(period.year, 1, 1), end: isoDate(period.year, 12, 31) };
    case 'oct_sep':
      return { start: isoDate(period.startYear, 10, 1), end: isoDate(period.startYear + 1, 9, 30) };
    case 'school_year':
      return { start: isoDate(period.startYear, 8, 1), end: isoDate(period.startYear + 1, 7, 31) };
    case 'election': {
      const day = electionDay(period.year);
      return { start: day, end: day };
    }
  }
}

/**
 * The date at which age (and residence) is measured for a period: its last day, which for an
 * election is the election day.
 *
 * @example referenceDate({ kind: 'calendar_year', year: 2025 }) // '2025-12-31'
 */
export function referenceDate(period: Period): IsoDate {
  return periodRange(period).end;
}
