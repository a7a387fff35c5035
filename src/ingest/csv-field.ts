/**
 * How the product writes one CSV value — the one writer behind every CSV it produces (`compute`,
 * `aggregate`'s delivery files, the exchange CSV in both variants, the web's downloads). Empty for
 * null, true/false, RFC 4180 quoting (a value holding the separator, a double quote, a line break, or
 * leading or trailing white space is quoted, inner quotes doubled), and in two dialects: the machine
 * form (`,`, decimal point) and what Danish Excel opens directly (`;`, decimal comma).
 *
 * Every text value a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, tab or
 * CR) is prefixed with `'` (`neutralised`): names, notes and source labels come from users and every
 * CSV may be opened in a spreadsheet. Numbers are written as numbers and never prefixed, so −1.5
 * stays a number in Excel (`-1,5` in the Danish dialect). A reader of the product's own files takes
 * the prefix off again with `restored`, so a round trip is exact.
 */

/** A value the CSV writers accept. */
export type CsvValue = string | number | boolean | null | undefined;

/** Separator and decimal mark of a CSV file the product writes. */
export interface CsvDialect {
  readonly separator: ',' | ';';
  readonly decimal: '.' | ',';
}

/** The machine form (`indikator compute`, docs/file-formats.md): `,` and a decimal point. */
export const MACHINE_CSV: CsvDialect = { separator: ',', decimal: '.' };
/** What Danish Excel opens directly: `;` and a decimal comma. */
export const DANISH_EXCEL_CSV: CsvDialect = { separator: ';', decimal: ',' };

/**
 * Text that would be a formula once neutralised would be: a formula character, after any `'` the
 * writer put or the user wrote. The `'`s belong to the pattern so that `restored` undoes
 * `neutralised` exactly, also for a text that itself starts with `'=`.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

/**
 * Text a spreadsheet will not evaluate: a leading formula character gets a `'` in front.
 * @example neutralised('=HYPERLINK("x")') === `'=HYPERLINK("x")`; neutralised('Nørrebro') === 'Nørrebro'
 */
export function neutralised(text: string): string {
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

/**
 * The text `neutralised` was given: one leading `'` taken off where `neutralised` put it.
 * @example restored(`'=HYPERLINK("x")`) === '=HYPERLINK("x")'; restored("'tekst") === "'tekst"
 */
export function restored(text: string): string {
  return text.startsWith("'") && FORMULA_LIKE.test(text.slice(1)) ? text.slice(1) : text;
}

/** A value that must be quoted, per separator (one regular expression: the writer is on hot paths). */
const NEEDS_QUOTES = { ',': /[,"\r\n]|^\s|\s$/, ';': /[;"\r\n]|^\s|\s$/ } as const;

/**
 * The CSV text of one value in `dialect` (default the machine form). Non-finite numbers are a
 * programming error and throw.
 * @example csvField('a,b') === '"a,b"'; csvField(0.5) === '0.5'; csvField(-1.5, DANISH_EXCEL_CSV) === '-1,5'; csvField('=1+1') === "'=1+1"
 */
export function csvField(value: CsvValue, dialect: CsvDialect = MACHINE_CSV): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`csvField: cannot write the number ${value}`);
    return dialect.decimal === ',' ? String(value).replace('.', ',') : String(value);
  }
  const text = neutralised(value);
  return NEEDS_QUOTES[dialect.separator].test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line without its line end. */
export function csvRecord(values: readonly CsvValue[], dialect: CsvDialect = MACHINE_CSV): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += dialect.separator;
    line += csvField(values[i], dialect);
  }
  return line;
}

/** One CSV line in the machine form, LF-terminated. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${csvRecord(values)}\n`;
}
