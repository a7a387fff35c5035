/**
 * Brings the ways one person's identifier is written to one form before it is pseudonymised, so the
 * same person gets the same pseudonym in every file: surrounding spaces are dropped, a CPR number's
 * dash is removed ('DDMMYY-SSSS' → 'DDMMYYSSSS'), and a 9-digit number gets its leading zero back
 * (a CPR number born on days 1–9 that a spreadsheet stored as a number).
 */

const DASHED_CPR = /^(\d{6})-(\d{4})$/;
const NINE_DIGITS = /^\d{9}$/;

/**
 * The canonical form of a person identifier.
 * @example normalisePersonId(' P000123 ') === 'P000123'
 */
export function normalisePersonId(raw: string): string {
  const id = raw.trim();
  // Only these two lengths can change; every other id skips both patterns (this runs per id read).
  if (id.length !== 11 && id.length !== 9) return id;
  const dashed = DASHED_CPR.exec(id);
  if (dashed) return `${dashed[1]}${dashed[2]}`;
  if (NINE_DIGITS.test(id)) return `0${id}`;
  return id;
}
