/**
 * Ordering periods and stepping between them, for trends ("compared with last year") and for
 * sorting a series. Periods of one type follow each other without gaps; elections are four years
 * apart.
 */
import { isElectionYear } from './election-day.ts';
import { FIRST_YEAR, LAST_YEAR, type Period } from './period.ts';
import { periodRange } from './period-range.ts';

/**
 * Orders periods by their first day, then by their last day: negative when `a` comes first,
 * 0 when they cover the same dates, positive otherwise. Usable directly in `Array.sort`.
 */
export function comparePeriods(a: Period, b: Period): number {
  const ra = periodRange(a);
  const rb = periodRange(b);
  return ra.start.localeCompare(rb.start) || ra.end.localeCompare(rb.end);
}

/**
 * The period of the same type just before `period` (the previous election for an election), or
 * `undefined` before the first one.
 *
 * @example previousPeriod({ kind: 'election', year: 2025 }) // { kind: 'election', year: 2021 }
 */
export function previousPeriod(period: Period): Period | undefined {
  return shifted(period, -1);
}

/** The period of the same type just after `period`, or `undefined` after the last one. */
export function nextPeriod(period: Period): Period | undefined {
  return shifted(period, 1);
}

function shifted(period: Period, step: 1 | -1): Period | undefined {
  switch (period.kind) {
    case 'calendar_year':
    case 'election': {
      const year = period.year + (period.kind === 'election' ? 4 * step : step);
      const valid = period.kind === 'election' ? isElectionYear(year) : inRange(year);
      return valid ? { kind: period.kind, year } : undefined;
    }
    case 'oct_sep':
    case 'school_year': {
      const startYear = period.startYear + step;
      return inRange(startYear) ? { kind: period.kind, startYear } : undefined;
    }
  }
}

function inRange(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}
