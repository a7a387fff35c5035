/**
 * Dates as Danish files write them: ISO 2023-02-28, or day first 28-02-2023, 28.02.2023, 28/02/2023
 * (one-digit day and month allowed). A time after an ISO date ('2023-02-28 00:00:00') is ignored.
 * XLSX date cells arrive already as ISO text. Dates that do not exist (2023-02-30) are invalid, and so
 * are two-digit years and the ambiguous eight-digit forms (20230228 / 28022023).
 */
import { EMPTY, invalid, ok, type ParseResult } from './parse-result.ts';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_FIRST = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/;

/**
 * A calendar date as ISO `YYYY-MM-DD`.
 * @example parseDate('28.02.2023') → ok '2023-02-28'; parseDate('2023-02-30') → invalid
 */
export function parseDate(text: string): ParseResult<string> {
  const t = text.trim();
  if (t.length === 0) return EMPTY;
  const iso = ISO.exec(t);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_FIRST.exec(t);
  if (dayFirst) return checked(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  return invalid('forventet en dato som 2023-02-28 eller 28-02-2023', 'expected a date such as 2023-02-28 or 28-02-2023');
}

function checked(year: number, month: number, day: number): ParseResult<string> {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return invalid('datoen findes ikke', 'no such date');
  }
  return ok(`${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
