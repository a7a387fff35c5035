/**
 * Decides a CSV file's decimal mark from the numbers in its first rows.
 * Rule: every cell that is unambiguously a decimal number votes for its mark — '0,352', '-1,5' and
 * '1.234,5' vote ','; '0.352' and '1,234.5' vote '.'; a cell such as '1.234' or '1,234' (three digits
 * after a single mark, so possibly a thousands separator) and whole numbers do not vote. The majority
 * wins; on a tie (including no votes at all) the mark is ',' when the separator is ';' (the Danish
 * Excel habit) and '.' when it is ','.
 */
import type { DecimalMark, Separator } from './table-source.ts';

const COMMA_DECIMAL = /^[+-]?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)?,\d+$/;
const POINT_DECIMAL = /^[+-]?(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)?\.\d+$/;
const MAYBE_THOUSANDS = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;

/**
 * The decimal mark voted for by `rows` (data rows, header excluded).
 * @example detectDecimal([['0,352']], ';') === ','; detectDecimal([['1.234']], ';') === ','
 */
export function detectDecimal(rows: readonly (readonly string[])[], separator: Separator): DecimalMark {
  let comma = 0;
  let point = 0;
  for (const row of rows) {
    for (const raw of row) {
      const vote = voteOf(raw.trim());
      if (vote === ',') comma++;
      else if (vote === '.') point++;
    }
  }
  if (comma !== point) return comma > point ? ',' : '.';
  return separator === ';' ? ',' : '.';
}

/** The mark a single cell votes for, if any. */
export function voteOf(cell: string): DecimalMark | undefined {
  if (cell.length === 0 || MAYBE_THOUSANDS.test(cell)) return undefined;
  if (COMMA_DECIMAL.test(cell)) return ',';
  if (POINT_DECIMAL.test(cell)) return '.';
  return undefined;
}
