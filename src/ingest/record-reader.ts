/**
 * Reads a table as records of named columns: resolves the columns once, then hands out rows whose
 * cells are fetched by canonical name and parsed with a value parser. Bad cells become `InputError`s
 * with file, row and column — thrown at once, or gathered in an `ErrorCollector` to report every
 * problem — and values of identifying columns never appear in them.
 */
import { cellError, missingValueError, type CellLocation } from './cell-error.ts';
import type { ColumnSpec, ResolvedColumns } from './column-spec.ts';
import type { ErrorCollector } from './error-collector.ts';
import type { InputError, InputErrorCode } from './input-error.ts';
import type { LocalText } from './local-text.ts';
import type { ValueParser } from './parse-result.ts';
import { resolveColumns } from './resolve-columns.ts';
import type { TableRow, TableSource } from './table-source.ts';

/** One data row, read by canonical column name. */
export interface RecordRow<N extends string> {
  readonly rowNumber: number;
  /** All cells in header order, for passing unknown columns through. */
  readonly values: readonly string[];
  /** The cell's raw text; '' when the column is absent. */
  text(name: N): string;
  /** The parsed cell; null when empty or absent (an error if `required`) or invalid (an error). */
  parse<T>(name: N, parser: ValueParser<T>, options?: { required?: boolean }): T | null;
  /** Reports a problem with a cell found by the caller (e.g. an unknown country code). */
  fail(name: N, problem: LocalText, code?: InputErrorCode): void;
}

/** A table with its columns resolved. */
export interface RecordReader<S extends readonly ColumnSpec[]> {
  readonly source: TableSource;
  readonly columns: ResolvedColumns<S>;
  rows(): AsyncIterable<RecordRow<S[number]['name']>>;
}

/**
 * Resolves `spec` against `source` (throwing on missing or duplicate columns) and reads its rows.
 * Without `errors`, the first bad cell throws; with it, problems are collected and the row goes on.
 * @example
 * const reader = createRecordReader(source, POPULATION_COLUMNS, errors);
 * for await (const row of reader.rows()) row.parse('sex', parseSex, { required: true });
 */
export function createRecordReader<const S extends readonly ColumnSpec[]>(
  source: TableSource,
  spec: S,
  errors?: ErrorCollector,
): RecordReader<S> {
  const columns = resolveColumns(source, spec);
  const indexes = columns as Readonly<Record<string, number | undefined>>;
  const specs = new Map(spec.map((c) => [c.name, c]));
  const report = (error: InputError) => {
    if (errors === undefined) throw error;
    errors.add(error);
  };
  return {
    source,
    columns,
    async *rows() {
      for await (const row of source.rows()) yield recordRow(source, row, indexes, specs, report);
    },
  };
}

function recordRow<N extends string>(
  source: TableSource,
  row: TableRow,
  indexes: Readonly<Record<string, number | undefined>>,
  specs: ReadonlyMap<string, ColumnSpec>,
  report: (error: InputError) => void,
): RecordRow<N> {
  const location = (name: string, index: number): CellLocation => ({
    file: source.file,
    row: row.rowNumber,
    index,
    header: source.header[index] ?? name,
    spec: specs.get(name) ?? {},
  });
  const text = (name: string) => {
    const index = indexes[name];
    return index === undefined ? '' : (row.values[index] ?? '');
  };
  return {
    rowNumber: row.rowNumber,
    values: row.values,
    text,
    parse(name, parser, options) {
      const index = indexes[name];
      const result = parser(text(name));
      if (result.kind === 'ok') return result.value;
      if (result.kind === 'invalid' && index !== undefined) report(cellError(location(name, index), text(name), result.problem));
      if (result.kind === 'empty' && options?.required === true && index !== undefined) report(missingValueError(location(name, index)));
      return null;
    },
    fail(name, problem, code) {
      const index = indexes[name];
      if (index !== undefined) report(cellError(location(name, index), text(name), problem, code));
    },
  };
}
