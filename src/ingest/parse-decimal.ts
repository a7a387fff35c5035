/**
 * Decimal numbers in the file's decimal mark ('0,352' with decimal comma, '0.352' with decimal point).
 * The other mark is accepted only as a thousands separator in groups of three ('1.234,5' with decimal
 * comma); a number written with the other mark as decimal mark is invalid, so a file that mixes marks
 * is caught rather than misread.
 */
import type { DecimalMark } from './table-source.ts';
import { EMPTY, invalid, ok, type ParseResult } from './parse-result.ts';

const FORMS: Record<DecimalMark, RegExp> = {
  ',': /^[+-]?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d*)(?:,\d+)?$/,
  '.': /^[+-]?(?:[1-9]\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?$/,
};

/**
 * A finite decimal number written with `decimal` as decimal mark.
 * @example parseDecimal('0,352', ',') → ok 0.352; parseDecimal('0.352', ',') → invalid
 */
export function parseDecimal(text: string, decimal: DecimalMark): ParseResult<number> {
  const t = text.trim();
  if (t.length === 0) return EMPTY;
  if (!FORMS[decimal].test(t) || !/\d/.test(t)) return invalid(...expected(decimal));
  const thousands = decimal === ',' ? '.' : ',';
  const value = Number(t.replaceAll(thousands, '').replace(decimal, '.'));
  return Number.isFinite(value) ? ok(value) : invalid(...expected(decimal));
}

function expected(decimal: DecimalMark): [string, string] {
  return decimal === ','
    ? ['forventet et tal med decimalkomma (fx 0,352)', 'expected a number with a decimal comma (e.g. 0,352)']
    : ['forventet et tal med decimalpunktum (fx 0.352)', 'expected a number with a decimal point (e.g. 0.352)'];
}
