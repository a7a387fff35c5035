/**
 * How the product writes one CSV value: UTF-8 text, '.' as decimal mark, true/false, empty for null,
 * and RFC 4180 quoting (a value with a comma, a double quote or a line break is quoted, inner quotes
 * doubled). One function, so that every CSV the product writes looks the same.
 */

/** A value the CSV writers accept. */
export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The CSV text of one value. Non-finite numbers are a programming error and throw.
 * @example csvField('a,b') === '"a,b"'; csvField(0.5) === '0.5'; csvField(null) === ''
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`csvField: cannot write the number ${value}`);
    return String(value);
  }
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line, LF-terminated. */
export function csvLine(values: readonly CsvValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ',';
    line += csvField(values[i]);
  }
  return `${line}\n`;
}
