/**
 * Tables as CSV. By default the machine form of `indikator compute`: comma separator, decimal
 * point, UTF-8 without BOM. `danish: true` gives what Danish Excel opens directly: semicolon
 * separator, decimal comma, UTF-8 with BOM. Empty cells are empty, never 0. Every value goes
 * through the product's one CSV value writer (`csvField` in ingest/), which prefixes a text cell
 * that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, CR) with `'` — notes and
 * names come from users and reach every download; numbers are written as numbers and never touched.
 */
import { csvRecord, DANISH_EXCEL_CSV, MACHINE_CSV } from '../../ingest/index.ts';
import type { Table } from './table.ts';

export interface CsvOptions {
  readonly danish?: boolean;
}

/**
 * The table as CSV text (lines end with CRLF, as RFC 4180 says).
 *
 * @example toCsv({ name: 't', columns: [{ name: 'value', kind: 'decimal' }], rows: [[0.5], [null]] })
 * // 'value\r\n0.5\r\n\r\n'
 */
export function toCsv(table: Table, options: CsvOptions = {}): string {
  const dialect = options.danish === true ? DANISH_EXCEL_CSV : MACHINE_CSV;
  const lines = [
    csvRecord(
      table.columns.map((c) => c.name),
      dialect,
    ),
    ...table.rows.map((row) => csvRecord(row, dialect)),
  ];
  return `${options.danish === true ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
