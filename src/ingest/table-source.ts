/**
 * The shape every tabular input takes once opened, whatever its format: a header and a stream of
 * rows of text, numbered as a spreadsheet shows them. Parsing values is the caller's business.
 */
import type { XlsxLimits } from './xlsx-limits.ts';

/** Text encodings recognised in CSV files. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';
/** Field separators recognised in CSV files. */
export type Separator = ',' | ';';
/** Decimal marks; XLSX numbers are always written with '.'. */
export type DecimalMark = ',' | '.';

/** One data row. `values` has exactly one entry per header column ('' for an empty cell). */
export interface TableRow {
  /** The row number a spreadsheet shows (the header is row 1 in a CSV file). */
  readonly rowNumber: number;
  readonly values: string[];
}

/** An opened table. `rows()` starts a fresh streaming pass each time it is called. */
export interface TableSource {
  readonly file: string;
  readonly format: 'csv' | 'xlsx';
  /** CSV only. A file that is plain ASCII so far reports 'utf-8'. */
  readonly encoding?: Encoding;
  /** CSV only. */
  readonly separator?: Separator;
  readonly decimal: DecimalMark;
  /** Header names, trimmed, as written in the file. */
  readonly header: string[];
  /** XLSX only: the sheet that was read. */
  readonly sheet?: string;
  /** The data rows (header excluded, rows with only empty cells skipped). */
  rows(): AsyncIterable<TableRow>;
  /** The same rows in batches (up to one read chunk each), for hot loops that want no per-row await. */
  batches(): AsyncIterable<TableRow[]>;
}

/** Options for `openTable`. `sheet` (XLSX only) is a sheet name or a 1-based sheet number. */
export interface OpenTableOptions {
  readonly sheet?: string | number;
  /** How far an XLSX workbook may expand (default `XLSX_LIMITS`); checked before it is parsed. */
  readonly xlsxLimits?: XlsxLimits;
}
