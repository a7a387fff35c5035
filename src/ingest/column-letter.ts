/**
 * Spreadsheet column letters. Error messages name a column the way Excel shows it (A, B, …, Z, AA),
 * because that is where the analyst will look for it.
 */

/**
 * The spreadsheet letter of a 1-based column number.
 * @example columnLetter(1) === 'A'; columnLetter(28) === 'AB'
 */
export function columnLetter(columnNumber: number): string {
  let n = Math.floor(columnNumber);
  let letters = '';
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
