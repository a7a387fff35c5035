/**
 * Rows of an `OutputTable` as CSV lines in bytes (`,` between fields, LF at the end, as `csvLine`
 * writes them). Pure: no I/O, the same on either thread.
 */
import type { CodedTextColumn, OutputTable, PseudonymColumn } from './output-table.ts';

const COMMA = 44;
const LF = 10;
const HEX = new TextEncoder().encode('0123456789abcdef');
/** Bytes per block handed to the file (or, from a thread, in one message). */
const BLOCK_BYTES = 1 << 20;

/**
 * Lines `from` to `to` (exclusive), in blocks of about a megabyte handed to `emit` in order; a
 * block is never reused after it is emitted.
 */
export function formatRows(table: OutputTable, from: number, to: number, emit: (block: Uint8Array) => void): void {
  const longest = longestLine(table);
  const size = Math.max(BLOCK_BYTES, longest);
  let block = new Uint8Array(size);
  let at = 0;
  for (let i = from; i < to; i++) {
    if (at + longest > size) {
      emit(block.subarray(0, at));
      block = new Uint8Array(size);
      at = 0;
    }
    at = formatRow(table, i, block, at);
  }
  if (at > 0) emit(block.subarray(0, at));
}

/** Row `i` written into `out` from `at`; returns where it ends. */
function formatRow(table: OutputTable, i: number, out: Uint8Array, at: number): number {
  const { columns } = table;
  for (let c = 0; c < columns.length; c++) {
    if (c > 0) out[at++] = COMMA;
    const column = columns[c] as PseudonymColumn | CodedTextColumn;
    at = column.kind === 'coded' ? writeCoded(column, i, out, at) : writePseudonym(table, column, i, out, at);
  }
  out[at++] = LF;
  return at;
}

function writeCoded(column: CodedTextColumn, i: number, out: Uint8Array, at: number): number {
  const text = column.texts[column.numbers[i] as number] as Uint8Array;
  for (let k = 0; k < text.length; k++) out[at + k] = text[k] as number;
  return at + text.length;
}

function writePseudonym(table: OutputTable, column: PseudonymColumn, i: number, out: Uint8Array, at: number): number {
  const row = column.rows === null ? i : (column.rows[i] as number);
  if (row >= 0 && table.hasId[row] === 1) return writeHex(table.ids, row * table.idWords, table.idWords, out, at);
  const text = column.rows === null ? undefined : column.unlinked.get(i);
  if (text === undefined) return at;
  for (let k = 0; k < text.length; k++) out[at + k] = text.charCodeAt(k);
  return at + text.length;
}

/** A pseudonym's words as `pseudonymText` writes them: each word's 8 hex digits, most significant first. */
function writeHex(words: Uint32Array, offset: number, count: number, out: Uint8Array, at: number): number {
  for (let w = 0; w < count; w++) {
    let word = words[offset + w] as number;
    for (let k = 7; k >= 0; k--) {
      out[at + w * 8 + k] = HEX[word & 15] as number;
      word >>>= 4;
    }
  }
  return at + count * 8;
}

/** The most bytes a line can take: every column at its longest, the separators and the line end. */
function longestLine(table: OutputTable): number {
  let bytes = table.columns.length;
  for (const column of table.columns) {
    let longest = table.idWords * 8;
    if (column.kind === 'coded') for (const text of column.texts) longest = Math.max(longest, text.length);
    else for (const text of column.unlinked.values()) longest = Math.max(longest, text.length);
    bytes += longest;
  }
  return bytes;
}
