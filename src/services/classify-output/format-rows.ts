/**
 * Rows of an `OutputTable` as CSV lines in bytes (`,` between fields, LF at the end, as `csvLine`
 * writes them), and how many bytes they take — known before they are formatted, so that each chunk
 * of rows has its place in the file before it is written. Pure: no I/O, the same on either thread.
 */
// The module itself, not the ingest index: the format thread loads this, and nothing else of ingest.
import { wordsHexInto } from '../../ingest/hmac-sha256.ts';
import type { CodedTextColumn, OutputTable, PseudonymColumn } from './output-table.ts';

const COMMA = 44;
const LF = 10;

/** The bytes of lines `from` to `to` (exclusive). */
export function linesBytes(table: OutputTable, from: number, to: number): number {
  // A separator after every field but the last, and the line end: one byte per column and line.
  let bytes = (to - from) * table.columns.length;
  for (const column of table.columns) {
    if (column.kind === 'coded') {
      const { numbers } = column;
      const lengths = lengthsOf(column.texts);
      for (let i = from; i < to; i++) bytes += lengths[numbers[i] as number] as number;
    } else {
      for (let i = from; i < to; i++) bytes += pseudonymBytes(table, column, i);
    }
  }
  return bytes;
}

/**
 * Lines `from` to `to` (exclusive) into `out` from its start; returns the bytes written. `out` must
 * hold `linesBytes(table, from, to) + SLACK` (the bytes beyond the lines are left undefined).
 */
export function formatRows(table: OutputTable, from: number, to: number, out: Uint8Array): number {
  let at = 0;
  const { columns } = table;
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const words = columns.map((column) => (column.kind === 'coded' ? wordsOf(column.texts) : []));
  for (let i = from; i < to; i++) {
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) out[at++] = COMMA;
      const column = columns[c] as PseudonymColumn | CodedTextColumn;
      at = column.kind === 'coded' ? writeCoded(column, words[c] as Uint32Array[], i, view, at) : writePseudonym(table, column, i, out, at);
    }
    out[at++] = LF;
  }
  return at;
}

function writeCoded(column: CodedTextColumn, textWords: Uint32Array[], i: number, view: DataView, at: number): number {
  const n = column.numbers[i] as number;
  const words = textWords[n] as Uint32Array;
  for (let w = 0; w < words.length; w++) view.setUint32(at + 4 * w, words[w] as number);
  return at + (column.texts[n] as Uint8Array).length;
}

/**
 * What `make` gives of each of a column's texts, made once per thread (each has its own tables) and
 * extended as a growing column's new texts come.
 */
function perText<T>(made: WeakMap<readonly Uint8Array[], T[]>, texts: readonly Uint8Array[], make: (text: Uint8Array) => T): T[] {
  let results = made.get(texts);
  if (results === undefined) {
    results = [];
    made.set(texts, results);
  }
  for (let n = results.length; n < texts.length; n++) results.push(make(texts[n] as Uint8Array));
  return results;
}

/**
 * Each column's texts' lengths: a number read from an array, where `texts[n].length` read a typed
 * array's length a million times per column (`linesBytes` was a third of this thread's formatting).
 */
const textLengths = new WeakMap<readonly Uint8Array[], number[]>();

function lengthsOf(texts: readonly Uint8Array[]): number[] {
  return perText(textLengths, texts, (text) => text.length);
}

/** Each column's texts as `asWords`. */
const textWords = new WeakMap<readonly Uint8Array[], Uint32Array[]>();

function wordsOf(texts: readonly Uint8Array[]): Uint32Array[] {
  return perText(textWords, texts, asWords);
}

/**
 * A text's bytes as big-endian 32-bit words, the last padded: written whole (a word at a time) and
 * the place moved on by the text's length, so the padding is overwritten by what follows (the
 * buffer has `SLACK` bytes beyond the lines for the last one).
 */
function asWords(text: Uint8Array): Uint32Array {
  const words = new Uint32Array(Math.ceil(text.length / 4));
  for (let k = 0; k < text.length; k++) words[k >> 2] = ((words[k >> 2] as number) | ((text[k] as number) << (24 - 8 * (k & 3)))) >>> 0;
  return words;
}

/** Bytes a buffer needs beyond the lines it holds (`formatRows` writes whole words). */
export const SLACK = 4;

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
  if (row >= 0) {
    wordsHexInto(table.ids, row * table.idWords, table.idWords * 8, out, at);
    return at + table.idWords * 8;
  }
  const text = column.rows === null ? undefined : column.unlinked.get(i);
  if (text === undefined) return at;
  for (let k = 0; k < text.length; k++) out[at + k] = text.charCodeAt(k);
  return at + text.length;
}
