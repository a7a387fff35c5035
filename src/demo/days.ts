/**
 * Dates in the simulation as whole days since 1970-01-01 (UTC), so that "a random day in 2017"
 * or "three years after birth" is plain arithmetic; converted to `YYYY-MM-DD` only when written.
 */

const MS_PER_DAY = 86_400_000;

/** The day number of a calendar date (month 1–12). */
export function dayOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

const isoCache = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (memoised: the simulation asks for the same days very often). */
export function isoOfDay(day: number): string {
  const cached = isoCache.get(day);
  if (cached !== undefined) return cached;
  const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  if (isoCache.size < 100_000) isoCache.set(day, iso);
  return iso;
}

/** The calendar year of a day number. */
export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** The same month and day `years` later (29 February → 1 March in a common year). */
export function addYears(day: number, years: number): number {
  const date = new Date(day * MS_PER_DAY);
  return dayOf(date.getUTCFullYear() + years, date.getUTCMonth() + 1, date.getUTCDate());
}

/** First and last day of a calendar year. */
export function yearBounds(year: number): { first: number; last: number } {
  return { first: dayOf(year, 1, 1), last: dayOf(year, 12, 31) };
}

const calendarCache = new Map<number, { year: number; monthDay: number }>();

/** Year and month×100+day of a day number (memoised). */
export function calendarOf(day: number): { year: number; monthDay: number } {
  const cached = calendarCache.get(day);
  if (cached !== undefined) return cached;
  const date = new Date(day * MS_PER_DAY);
  const result = { year: date.getUTCFullYear(), monthDay: (date.getUTCMonth() + 1) * 100 + date.getUTCDate() };
  if (calendarCache.size < 100_000) calendarCache.set(day, result);
  return result;
}

/** The birthdays the simulation asks about, computed once per person. */
export interface LifeDates {
  birth: string;
  birthYear: number;
  birthMonthDay: number;
  /** Day numbers of the 3rd, 15th, 18th and 65th birthdays. */
  day3: number;
  day15: number;
  day18: number;
  day65: number;
}

/** The life dates of someone born on `birthDay`. */
export function lifeDates(birthDay: number): LifeDates {
  const date = new Date(birthDay * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return {
    birth: date.toISOString().slice(0, 10),
    birthYear: year,
    birthMonthDay: month * 100 + day,
    day3: dayOf(year + 3, month, day),
    day15: dayOf(year + 15, month, day),
    day18: dayOf(year + 18, month, day),
    day65: dayOf(year + 65, month, day),
  };
}
