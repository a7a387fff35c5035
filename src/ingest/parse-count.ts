/**
 * Counts: whole, non-negative numbers. A thousands separator is accepted only where it cannot be a
 * decimal mark: with decimal comma, '1.234' is 1234; with decimal point, '1,234' is 1234; when the
 * decimal mark is unknown, neither is accepted ('1.234' could be 1.234). Groups must be exactly three
 * digits. Spaces (also non-breaking) as thousands separator are always accepted.
 */
import type { DecimalMark } from './table-source.ts';
import { EMPTY, invalid, ok, type ParseResult } from './parse-result.ts';

const PLAIN = /^\d+$/;
/** The largest count the store keeps (a PostgreSQL `integer`); no municipality counts beyond it. */
export const MAX_COUNT = 2_147_483_647;
const SPACE_GROUPED = /^[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+$/;
const POINT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const COMMA_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+$/;

/**
 * A whole, non-negative count.
 * @example parseCount('1.234', ',') → ok 1234; parseCount('1.234') → invalid; parseCount('12,5', ',') → invalid
 */
export function parseCount(text: string, decimal?: DecimalMark): ParseResult<number> {
  const t = text.trim();
  if (t.length === 0) return EMPTY;
  const digits = countDigits(t, decimal);
  if (digits !== undefined) {
    const value = Number(digits);
    if (value <= MAX_COUNT) return ok(value);
    return invalid('tallet er for stort (højst 2.147.483.647)', 'the number is too large (at most 2,147,483,647)');
  }
  if (/^-\s*\d/.test(t)) return invalid('et antal kan ikke være negativt', 'a count cannot be negative');
  if (decimal === undefined && (POINT_GROUPED.test(t) || COMMA_GROUPED.test(t))) {
    return invalid(
      'tvetydigt tal: skilletegnet kan være et decimaltegn; skriv tallet uden tusindtalsseparator',
      'ambiguous number: the mark may be a decimal mark; write the number without a thousands separator',
    );
  }
  return invalid('forventet et helt tal, 0 eller derover (fx 1234)', 'expected a whole number, 0 or more (e.g. 1234)');
}

/** The plain digits of `t` if it is a whole number in an accepted notation. */
function countDigits(t: string, decimal: DecimalMark | undefined): string | undefined {
  if (PLAIN.test(t)) return t;
  if (SPACE_GROUPED.test(t)) return t.replace(/\D/g, '');
  if (decimal === ',' && POINT_GROUPED.test(t)) return t.replaceAll('.', '');
  if (decimal === '.' && COMMA_GROUPED.test(t)) return t.replaceAll(',', '');
  return undefined;
}
