/**
 * Age in completed years on a given date, the way Danish registers count it: a person is one year
 * older on the birthday itself, and someone born on 29 February turns older on 1 March in a year
 * without one. Works on `YYYY-MM-DD` strings so that no time zone can shift a day.
 */

/**
 * Completed years between `birthDate` and `date` (both `YYYY-MM-DD`); negative before birth.
 *
 * @example ageAt('2007-12-31', '2025-12-31') // 18
 * @example ageAt('2008-01-01', '2025-12-31') // 17
 */
export function ageAt(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
