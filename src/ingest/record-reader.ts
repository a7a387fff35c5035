/**
 * Reads a table as records of named columns: resolves the columns once, then hands out rows whose
 * cells are fetched by canonical name and parsed with a value parser. Bad cells become `InputError`s
 * with file, row and column — thrown at once, or gathered in an `ErrorCollector` to report every
 * problem — and values of identifying columns never appear in them.
 */
import { cellError, missingValueError, type CellLocation } from './cell-error.ts';
import type { ColumnSpec, ResolvedColumns } from './column-spec.ts';
import { CsvLine } from './csv-line.ts';
import type { ErrorCollector } from './error-collector.ts';
import type { InputError, InputErrorCode } from './input-error.ts';
import type { Localized } from '../language/index.ts';
import type { ValueParser } from './parse-result.ts';
import { resolveColumns } from './resolve-columns.ts';
import type { TableRow, TableSource } from './table-source.ts';

/** One data row, read by canonical column name. */
export interface RecordRow<N extends string> {
  readonly rowNumber: number;
  /** All cells in header order, for passing unknown columns through. */
  readonly values: readonly string[];
  /**
   * The CSV line behind the row (null for a workbook's row or a line with quotes), for hot loops
   * that look a cell up by its place in the text instead of slicing it (`TextNumbers.getRange`).
   */
  readonly csvLine: CsvLine | null;
  /** The cell's raw text; '' when the column is absent. */
  text(name: N): string;
  /** The raw text of the cell at `index` in header order (a column found once, see `field`). */
  cell(index: number): string;
  /** The parsed cell; null when empty or absent (an error if `required`) or invalid (an error). */
  parse<T>(name: N, parser: ValueParser<T>, options?: { required?: boolean }): T | null;
  /** Reports a problem with a cell found by the caller (e.g. an unknown country code). */
  fail(name: N, problem: Localized, code?: InputErrorCode): void;
}

/** A table with its columns resolved. */
export interface RecordReader<S extends readonly ColumnSpec[]> {
  readonly source: TableSource;
  readonly columns: ResolvedColumns<S>;
  rows(): AsyncIterable<RecordRow<S[number]['name']>>;
  /** The same records a batch at a time (no await per row), for hot loops over big files. */
  batches(): AsyncIterable<RecordRow<S[number]['name']>[]>;
  /**
   * `row.parse(name, parser, options)` with the column found once instead of per row, for hot
   * loops: a valid cell costs one array read and the parser; anything else goes through
   * `row.parse`, so errors are exactly as they are there.
   */
  field<T>(name: S[number]['name'], parser: ValueParser<T>, options?: { required?: boolean }): FieldReader<S[number]['name'], T>;
}

/** Reads one column's parsed value from a record (see `RecordReader.field`). */
export type FieldReader<N extends string, T> = (row: RecordRow<N>) => T | null;

/**
 * Resolves `spec` against `source` (throwing on missing or duplicate columns) and reads its rows.
 * Without `errors`, the first bad cell throws; with it, problems are collected and the row goes on.
 * @example
 * const reader = createRecordReader(source, POPULATION_COLUMNS, errors);
 * for await (const row of reader.rows()) row.parse('sex', parseSex, { required: true });
 */
export function createRecordReader<const S extends readonly ColumnSpec[]>(source: TableSource, spec: S, errors?: ErrorCollector): RecordReader<S> {
  const columns = resolveColumns(source, spec);
  const context: ReaderContext = {
    source,
    indexes: columns as Readonly<Record<string, number | undefined>>,
    specs: new Map(spec.map((c) => [c.name, c])),
    report(error) {
      if (errors === undefined) throw error;
      errors.add(error);
    },
  };
  type Name = S[number]['name'];
  return {
    source,
    columns,
    async *rows() {
      for await (const batch of source.batches()) for (const row of batch) yield new TableRecord<Name>(context, row);
    },
    async *batches() {
      for await (const batch of source.batches()) yield batch.map((row) => new TableRecord<Name>(context, row));
    },
    field<T>(name: Name, parser: ValueParser<T>, options?: { required?: boolean }): FieldReader<Name, T> {
      const index = context.indexes[name];
      if (index === undefined) {
        // An absent column reads as '' on every row: its value is the same for all of them.
        const absent = parser('');
        const value = absent.kind === 'ok' ? absent.value : null;
        return () => value;
      }
      return (row) => {
        const result = parser(row.cell(index));
        return result.kind === 'ok' ? result.value : row.parse(name, parser, options);
      };
    },
  };
}

/** What every record of one reader shares (resolved once, not per row). */
interface ReaderContext {
  readonly source: TableSource;
  readonly indexes: Readonly<Record<string, number | undefined>>;
  readonly specs: ReadonlyMap<string, ColumnSpec>;
  report(error: InputError): void;
}

/** A record: one small object per row, its methods on the prototype (hot loops read millions). */
class TableRecord<N extends string> implements RecordRow<N> {
  readonly rowNumber: number;
  readonly csvLine: CsvLine | null;
  readonly #row: TableRow;
  readonly #context: ReaderContext;

  constructor(context: ReaderContext, row: TableRow) {
    this.#context = context;
    this.#row = row;
    this.rowNumber = row.rowNumber;
    this.csvLine = row instanceof CsvLine ? row : null;
  }

  get values(): readonly string[] {
    return this.#row.values;
  }

  text(name: N): string {
    const index = this.#context.indexes[name];
    return index === undefined ? '' : this.cell(index);
  }

  cell(index: number): string {
    return this.csvLine === null ? (this.#row.values[index] ?? '') : this.csvLine.cell(index);
  }

  parse<T>(name: N, parser: ValueParser<T>, options?: { required?: boolean }): T | null {
    const result = parser(this.text(name));
    if (result.kind === 'ok') return result.value;
    const index = this.#context.indexes[name];
    if (index === undefined) return null;
    if (result.kind === 'invalid') this.#context.report(cellError(this.#location(name, index), this.text(name), result.problem));
    else if (options?.required === true) this.#context.report(missingValueError(this.#location(name, index)));
    return null;
  }

  fail(name: N, problem: Localized, code?: InputErrorCode): void {
    const index = this.#context.indexes[name];
    if (index !== undefined) this.#context.report(cellError(this.#location(name, index), this.text(name), problem, code));
  }

  #location(name: string, index: number): CellLocation {
    const { source, specs } = this.#context;
    return { file: source.file, row: this.rowNumber, index, header: source.header[index] ?? name, spec: specs.get(name) ?? {} };
  }
}
