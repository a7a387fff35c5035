/**
 * A column of the population extract read straight to the number of its value in an `Interned`
 * table: one hash lookup of the cell's text per row, where a memoised parser and then the table
 * took two (both were among the largest costs of reading a million persons). Only valid cells are
 * remembered; anything else goes through `row.parse`, so every problem is reported exactly as
 * `RecordReader.field` reports it, with file, row and column.
 */
import type { ColumnSpec, RecordReader, RecordRow, ValueParser } from '../../ingest/index.ts';
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
  const numbers = new Map<string, number>();
  const emptyIsNull = options.required !== true;
  // The same text as the row before (`DK` row after row) skips the hash lookup.
  let lastText: string | undefined;
  let lastNumber = 0;
  return (row) => {
    const text = row.values[index] ?? '';
    if (text === lastText) return lastNumber;
    let n = numbers.get(text);
    if (n === undefined) {
      const result = parser(text);
      if (result.kind === 'ok') n = table.numberOf(result.value);
      else if (result.kind === 'empty' && emptyIsNull) n = 0;
      else {
        row.parse(name, parser, options);
        return 0;
      }
      if (numbers.size < REMEMBERED_TEXTS) numbers.set(text, n);
    }
    lastText = text;
    lastNumber = n;
    return n;
  };
}
