/**
 * Tables as CSV. By default the machine form of `indikator compute`: comma separator, decimal
 * point, UTF-8 without BOM. `danish: true` gives what Danish Excel opens directly: semicolon
 * separator, decimal comma, UTF-8 with BOM. Empty cells are empty, never 0. A text cell that a
 * spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, CR) is prefixed with `'` — notes and
 * names come from users and reach every download; numbers are written as numbers and never touched.
 */
import type { Cell, Table } from './table.ts';

export interface CsvOptions {
  readonly danish?: boolean;
}

function quote(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cell(value: Cell, options: CsvOptions): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return options.danish === true ? String(value).replace('.', ',') : String(value);
  return neutralised(value);
}

/**
 * Text a spreadsheet will not evaluate: a leading formula character gets a `'` in front.
 * @example neutralised('=HYPERLINK("x")') === `'=HYPERLINK("x")`; neutralised('Nørrebro') === 'Nørrebro'
 */
export function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * The table as CSV text (lines end with CRLF, as RFC 4180 says).
 *
 * @example toCsv({ name: 't', columns: [{ name: 'value', kind: 'decimal' }], rows: [[0.5], [null]] })
 * // 'value\r\n0.5\r\n\r\n'
 */
export function toCsv(table: Table, options: CsvOptions = {}): string {
  const separator = options.danish === true ? ';' : ',';
  const line = (cells: readonly string[]): string => cells.map((c) => quote(c, separator)).join(separator);
  const lines = [line(table.columns.map((c) => c.name)), ...table.rows.map((row) => line(row.map((v) => cell(v, options))))];
  return `${options.danish === true ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
