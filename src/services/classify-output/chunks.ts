/**
 * The rows of an `OutputTable` in chunks, taken one at a time by whichever thread is free
 * (`write-table.ts`, `format-thread.ts`): the pieces both threads share.
 */
import { formatRows } from './format-rows.ts';
import type { OutputTable } from './output-table.ts';

/** Rows per chunk: about 3 MB of output, a few dozen chunks for a million persons. */
export const CHUNK_ROWS = 25_000;

/** What the thread is handed: the table (a copy) and the counter of chunks taken, shared. */
export interface FormatRequest {
  readonly table: OutputTable;
  readonly taken: Int32Array;
}

/** The thread's messages: a chunk's lines, or no chunk left. */
export type FormatAnswer = 'finished' | { readonly chunk: number; readonly blocks: Uint8Array[] };

/** The next chunk not yet taken, by either thread (atomically: each chunk is taken once). */
export function takeChunk(taken: Int32Array): number {
  return Atomics.add(taken, 0, 1);
}

/** A chunk's lines. */
export function formatChunk(table: OutputTable, chunk: number): Uint8Array[] {
  const blocks: Uint8Array[] = [];
  formatRows(table, chunk * CHUNK_ROWS, Math.min(table.rows, (chunk + 1) * CHUNK_ROWS), (block) => blocks.push(block));
  return blocks;
}
