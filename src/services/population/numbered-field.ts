/**
 * A column of the population extract read straight to the number of its value in an `Interned`
 * table: one lookup of the cell's text per row (of its range in the CSV line: no string is made),
 * where a memoised parser and then the table took two hash lookups of a sliced string (those were
 * among the largest costs of reading a million persons). Only valid cells are
 * remembered; anything else goes through `row.parse`, so every problem is reported exactly as
 * `RecordReader.field` reports it, with file, row and column.
 */
import { type ColumnSpec, type RecordReader, type RecordRow, TextNumbers, type ValueParser } from '../../ingest/index.ts';
import type { Interned } from '../../counting/index.ts';

/** Reads one column of a row as a number into its table (0: null — empty, absent or invalid). */
export type NumberedField<N extends string> = (row: RecordRow<N>) => number;

/** Distinct texts remembered per column; beyond, cells are parsed every time (still correct). */
const REMEMBERED_TEXTS = 100_000;

export function numberedField<S extends readonly ColumnSpec[], T>(
  reader: RecordReader<S>,
  name: S[number]['name'],
  parser: ValueParser<T>,
  table: Interned<T>,
  options: { required?: boolean } = {},
): NumberedField<S[number]['name']> {
  const index = (reader.columns as Readonly<Record<string, number | undefined>>)[name];
  if (index === undefined) {
    // An absent column reads as '' on every row: its value is the same for all of them.
    const absent = parser('');
    const n = absent.kind === 'ok' ? table.numberOf(absent.value) : 0;
    return () => n;
  }
  const numbers = new TextNumbers();
  const emptyIsNull = options.required !== true;
  return (row) => {
    // A CSV line's cell is looked up where it lies in the text, without slicing it out.
    const line = row.csvLine;
    const known = line === null ? numbers.get(row.cell(index)) : numbers.getRange(line.text, line.cellStart(index), line.cellEnd(index));
    if (known !== -1) return known;
    const text = row.cell(index);
    const result = parser(text);
    let n: number;
    if (result.kind === 'ok') n = table.numberOf(result.value);
    else if (result.kind === 'empty' && emptyIsNull) n = 0;
    else {
      row.parse(name, parser, options);
      return 0;
    }
    if (numbers.size < REMEMBERED_TEXTS) numbers.set(text, n);
    return n;
  };
}
