/**
 * Rows of an `OutputTable` as CSV lines in bytes (`,` between fields, LF at the end, as `csvLine`
 * writes them), and how many bytes they take — known before they are formatted, so that each chunk
 * of rows has its place in the file before it is written. Pure: no I/O, the same on either thread.
 */
import type { CodedTextColumn, OutputTable, PseudonymColumn } from './output-table.ts';

const COMMA = 44;
const LF = 10;
const HEX = new TextEncoder().encode('0123456789abcdef');

/** The bytes of lines `from` to `to` (exclusive). */
export function linesBytes(table: OutputTable, from: number, to: number): number {
  // A separator after every field but the last, and the line end: one byte per column and line.
  let bytes = (to - from) * table.columns.length;
  for (const column of table.columns) {
    if (column.kind === 'coded') {
      const { numbers, texts } = column;
      for (let i = from; i < to; i++) bytes += (texts[numbers[i] as number] as Uint8Array).length;
    } else {
      for (let i = from; i < to; i++) bytes += pseudonymBytes(table, column, i);
    }
  }
  return bytes;
}

/**
 * Lines `from` to `to` (exclusive) into `out` from its start; returns the bytes written. `out` must
 * hold `linesBytes(table, from, to)`.
 */
export function formatRows(table: OutputTable, from: number, to: number, out: Uint8Array): number {
  let at = 0;
  const { columns } = table;
  for (let i = from; i < to; i++) {
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) out[at++] = COMMA;
      const column = columns[c] as PseudonymColumn | CodedTextColumn;
      at = column.kind === 'coded' ? writeCoded(column, i, out, at) : writePseudonym(table, column, i, out, at);
    }
    out[at++] = LF;
  }
  return at;
}

function writeCoded(column: CodedTextColumn, i: number, out: Uint8Array, at: number): number {
  const text = column.texts[column.numbers[i] as number] as Uint8Array;
  for (let k = 0; k < text.length; k++) out[at + k] = text[k] as number;
  return at + text.length;
}

/** The row whose pseudonym the column shows in row `i`, or −1 (then the kept text, if any). */
function pseudonymRow(table: OutputTable, column: PseudonymColumn, i: number): number {
  const row = column.rows === null ? i : (column.rows[i] as number);
  return row >= 0 && table.hasId[row] === 1 ? row : -1;
}

function pseudonymBytes(table: OutputTable, column: PseudonymColumn, i: number): number {
  if (pseudonymRow(table, column, i) >= 0) return table.idWords * 8;
  // A kept pseudonym is hex: one byte per character.
  return column.rows === null ? 0 : (column.unlinked.get(i)?.length ?? 0);
}

function writePseudonym(table: OutputTable, column: PseudonymColumn, i: number, out: Uint8Array, at: number): number {
  const row = pseudonymRow(table, column, i);
  if (row >= 0) return writeHex(table.ids, row * table.idWords, table.idWords, out, at);
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
