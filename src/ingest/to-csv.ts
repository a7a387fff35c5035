/**
 * Small tables to CSV text in memory (API downloads, tests). Large outputs use `createCsvWriter`.
 */
import { type CsvValue, csvLine } from './csv-field.ts';

/**
 * CSV text of `rows` (the first row is usually the header), comma-separated, LF line ends.
 * @example toCsv([['a', 'b'], [1, 'x,y']]) === 'a,b\n1,"x,y"\n'
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  let text = '';
  for (const row of rows) text += csvLine(row);
  return text;
}
