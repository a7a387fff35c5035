/**
 * The records the CSV parser found in one piece of decoded text, and a row made of one of them.
 *
 * A line without a double quote (nearly every line of a register extract) is kept as where its cells
 * lie in the text, not as one string per cell: its cells are sliced out only when somebody reads
 * them as text (an id, an error message, a column passed through), and a reader that only needs the
 * number of a cell's value finds it by range (`TextNumbers.getRange`). A record with quotes needs
 * its cells unescaped, and is kept as strings.
 */
import type { TableRow } from './table-source.ts';

/**
 * Records in order. A plain line takes `count + 2` bounds: its cell count, the start of each cell,
 * and one past its last cell's end (the line's end, before any CR), so that cell `i` ends one before
 * the next bound, as if every cell were followed by a separator.
 */
export class ParsedRecords {
  #bounds = new Int32Array(4096);
  #used = 0;
  /** Per record: a plain line's first bound, or a quoted record's cells. */
  readonly #records: (number | string[])[] = [];

  /** `text`: the text the plain lines lie in. */
  constructor(readonly text: string) {}

  get count(): number {
    return this.#records.length;
  }

  /** Adds the plain line `text[start, end)` (no quote, no line end) split at `separator`. */
  addLine(start: number, end: number, separator: number): void {
    const text = this.text;
    // A line of n cells needs n + 2 bounds; it has at most (end - start + 1) cells.
    this.#reserve(end - start + 3);
    const bounds = this.#bounds;
    const at = this.#used;
    let used = at + 1;
    bounds[used++] = start;
    for (let i = start; i < end; i++) if (text.charCodeAt(i) === separator) bounds[used++] = i + 1;
    bounds[used++] = end + 1;
    bounds[at] = used - at - 2;
    this.#used = used;
    this.#records.push(at);
  }

  /** Adds a record parsed from quoted text. */
  addCells(cells: string[]): void {
    this.#records.push(cells);
  }

  /** Whether every cell of record `r` is empty (a blank line, or one of separators only). */
  isBlank(r: number): boolean {
    const record = this.#records[r] as number | string[];
    if (typeof record !== 'number') return record.every((cell) => cell.length === 0);
    const count = this.#bounds[record] as number;
    // Each cell takes its text and one separator's place: all empty when the span is the count.
    return (this.#bounds[record + count + 1] as number) - (this.#bounds[record + 1] as number) === count;
  }

  /** Record `r`'s cells as strings. */
  cells(r: number): string[] {
    const record = this.#records[r] as number | string[];
    if (typeof record !== 'number') return record;
    return new CsvLine(0, this.text, this.#bounds, record, this.#bounds[record] as number).values;
  }

  /**
   * Record `r` as a row numbered `rowNumber` with `width` cells: trailing empty cells beyond `width`
   * are dropped; any other difference throws `wrongWidth(cells found)`.
   */
  row(r: number, rowNumber: number, width: number | undefined, wrongWidth: (found: number) => Error): TableRow {
    const record = this.#records[r] as number | string[];
    if (typeof record !== 'number') return { rowNumber, values: width === undefined ? record : fitted(record, width, wrongWidth) };
    const bounds = this.#bounds;
    let count = bounds[record] as number;
    if (width === undefined) return new CsvLine(rowNumber, this.text, bounds, record, count);
    // Cell i is empty when the next cell starts right after its start (its separator's place).
    while (count > width && bounds[record + count + 1] === (bounds[record + count] as number) + 1) count--;
    if (count !== width) throw wrongWidth(count);
    return new CsvLine(rowNumber, this.text, bounds, record, width);
  }

  #reserve(more: number): void {
    if (this.#used + more <= this.#bounds.length) return;
    const grown = new Int32Array(Math.max(this.#bounds.length * 2, this.#used + more));
    grown.set(this.#bounds.subarray(0, this.#used));
    this.#bounds = grown;
  }
}

/** The cells as `width` cells: trailing empty cells beyond it dropped, else `wrongWidth`. */
function fitted(values: string[], width: number, wrongWidth: (found: number) => Error): string[] {
  while (values.length > width && values[values.length - 1] === '') values.pop();
  if (values.length !== width) throw wrongWidth(values.length);
  return values;
}

/**
 * A row of a CSV file that held no quote, its cells as ranges of the decoded text. `values` slices
 * every cell (once, on first use); `cell` one.
 */
export class CsvLine implements TableRow {
  private sliced: string[] | undefined;

  /**
   * `at`: the line's place in `bounds` (its cell count; the cells' starts follow); `width`: the
   * cells it is read as (the header's width: trailing empty cells beyond it are dropped).
   */
  constructor(
    readonly rowNumber: number,
    readonly text: string,
    private readonly bounds: Int32Array,
    private readonly at: number,
    readonly width: number,
  ) {}

  get values(): string[] {
    if (this.sliced === undefined) {
      const values: string[] = new Array(this.width);
      for (let i = 0; i < this.width; i++) values[i] = this.cell(i);
      this.sliced = values;
    }
    return this.sliced;
  }

  /** Cell `index`'s text ('' beyond the last cell). */
  cell(index: number): string {
    return index < this.width ? this.text.slice(this.cellStart(index), this.cellEnd(index)) : '';
  }

  /** Where cell `index` (< `width`) starts in `text`. */
  cellStart(index: number): number {
    return this.bounds[this.at + 1 + index] as number;
  }

  /** Where cell `index` (< `width`) ends in `text` (exclusive). */
  cellEnd(index: number): number {
    return (this.bounds[this.at + 2 + index] as number) - 1;
  }
}
