/**
 * An indicator file's rows kept as columns of numbers, each cell the number of its text in a table
 * of the column's distinct texts, and the person id as the person's row in the extract. An object
 * per row with a record of its cells cost about 125 bytes a row: 610 MB for a national electoral
 * roll of 4.9 M lines, a third of the turnout job's peak. A row here is a view of one number
 * (`AggregationRow`), about 50 bytes, and its `values` are built when asked for.
 */
import { type AggregationRow, grownArray, Interned } from '../../counting/index.ts';
import type { JoinKeys } from './classified-population.ts';

const PERSON_ID = 'person_id';

/** One column's cells as numbers into its distinct texts (the same text, the same number). */
class TextColumn {
  numbers: Int32Array = new Int32Array(0);
  readonly #texts = new Interned<string>();

  add(row: number, text: string): void {
    this.numbers[row] = this.#texts.numberOf(text);
  }

  text(row: number): string {
    return this.#texts.valueOf(this.numbers[row] as number) ?? '';
  }
}

/**
 * The person id column: the row of the id's person in the extract (≥ 0), or minus the number of
 * the id's pseudonym among the distinct ones of persons not in the extract.
 */
class PersonColumn {
  numbers: Int32Array = new Int32Array(0);
  readonly #others = new Interned<string>();

  constructor(private readonly keys: JoinKeys) {}

  add(row: number, key: number | string): void {
    this.numbers[row] = typeof key === 'number' ? key : -this.#others.numberOf(key);
  }

  /** The person's row in the extract, or −1. */
  personRow(row: number): number {
    const n = this.numbers[row] as number;
    return n >= 0 ? n : -1;
  }

  text(row: number): string {
    const n = this.numbers[row] as number;
    return n >= 0 ? this.keys.handle(n) : (this.#others.valueOf(-n) ?? '');
  }
}

/** The rows of one file with the columns it has (canonical names), in file order. */
export class StoredRows {
  #size = 0;
  #rowNumbers: Int32Array = new Int32Array(1024);
  readonly #columns: { readonly name: string; readonly cells: TextColumn | PersonColumn }[];

  constructor(names: readonly string[], keys: JoinKeys) {
    this.#columns = names.map((name) => ({ name, cells: name === PERSON_ID ? new PersonColumn(keys) : new TextColumn() }));
    for (const { cells } of this.#columns) cells.numbers = new Int32Array(this.#rowNumbers.length);
  }

  /** One row: its cells in the order of the constructor's names, the person id already as `JoinKeys.of` gives it. */
  add(rowNumber: number, cells: readonly (string | number)[]): void {
    if (this.#size === this.#rowNumbers.length) this.#grow();
    const row = this.#size++;
    this.#rowNumbers[row] = rowNumber;
    this.#columns.forEach(({ cells: column }, i) => {
      const cell = cells[i] ?? '';
      if (column instanceof PersonColumn) column.add(row, cell);
      else column.add(row, String(cell));
    });
  }

  /** The rows as aggregation reads them: each a view of its number here. */
  rows(): AggregationRow[] {
    const columns = this.#columns;
    const rowNumbers = this.#rowNumbers;
    const person = columns.find((c) => c.cells instanceof PersonColumn)?.cells as PersonColumn | undefined;
    // The last row's values: a rule reads a row's cells one after another, each through `values`.
    let lastRow = -1;
    let lastValues: Readonly<Record<string, string>> = {};
    class StoredRow implements AggregationRow {
      readonly #row: number;

      constructor(row: number) {
        this.#row = row;
      }

      get rowNumber(): number {
        return rowNumbers[this.#row] as number;
      }

      get values(): Readonly<Record<string, string>> {
        if (this.#row === lastRow) return lastValues;
        const values: Record<string, string> = {};
        for (const { name, cells } of columns) values[name] = cells.text(this.#row);
        lastRow = this.#row;
        lastValues = Object.freeze(values);
        return lastValues;
      }

      get personNumber(): number | undefined {
        const n = person?.personRow(this.#row) ?? -1;
        return n >= 0 ? n : undefined;
      }
    }
    return Array.from({ length: this.#size }, (_, row) => new StoredRow(row));
  }

  #grow(): void {
    const length = 2 * this.#rowNumbers.length;
    this.#rowNumbers = ensureLength(this.#rowNumbers, length);
    for (const { cells } of this.#columns) cells.numbers = ensureLength(cells.numbers, length);
  }
}

/** `numbers`, or a copy with room for `length` (at least doubled). */
function ensureLength(numbers: Int32Array, length: number): Int32Array {
  return numbers.length >= length ? numbers : grownArray(numbers, Math.max(length, 2 * numbers.length, 16));
}
