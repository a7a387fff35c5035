/**
 * The rows of an `OutputTable` in chunks, each formatted and written to its own place in the file
 * by whichever thread takes it first (`write-table.ts`, `format-thread.ts`): the pieces both threads
 * share. A chunk's place is known before it is formatted (`linesBytes`), so the threads never wait
 * for each other to write, and writing a chunk twice (after a thread failed) writes the same bytes.
 */
import { writeSync } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import { formatRows, SLACK } from './format-rows.ts';
import type { OutputTable } from './output-table.ts';

/** Rows per chunk: about 3 MB of output, a few dozen chunks for a million persons. */
export const CHUNK_ROWS = 25_000;

/**
 * What the thread is handed. The table is a copy, except its growing column (`growing`, if any),
 * whose numbers are shared memory filled in while the thread works: only rows below `ready[0]`
 * are final there, and the column's new texts come through `texts` before `ready` moves past them.
 */
export interface FormatRequest {
  readonly table: OutputTable;
  /** The number of chunks taken so far, by either thread. */
  readonly taken: Int32Array;
  readonly ready: Int32Array;
  /** Where each chunk starts in the file (`chunkCount + 1` places), set before `ready` passes the chunk. */
  readonly places: Float64Array;
  /** The output file, open for writing (a descriptor is shared by the process's threads). */
  readonly fd: number;
  readonly growing: number | null;
  readonly texts: MessagePort | null;
}

/** The thread's messages: a chunk written, no chunk left, or a write that failed. */
export type FormatAnswer = 'finished' | { readonly wrote: number } | { readonly failed: string };

/** The next chunk not yet taken, by either thread (atomically: each chunk is taken once). */
export function takeChunk(taken: Int32Array): number {
  return Atomics.add(taken, 0, 1);
}

/** How many chunks `table` is cut into. */
export function chunkCount(table: OutputTable): number {
  return Math.ceil(table.rows / CHUNK_ROWS);
}

export function chunkStart(chunk: number): number {
  return chunk * CHUNK_ROWS;
}

/** The row after a chunk's last. */
export function chunkEnd(table: OutputTable, chunk: number): number {
  return Math.min(table.rows, (chunk + 1) * CHUNK_ROWS);
}

/** A buffer reused for every chunk a thread formats (one allocation, not one per block). */
export class Scratch {
  #buffer = new Uint8Array(0);

  /** At least `bytes` bytes (the contents are not kept). */
  take(bytes: number): Uint8Array {
    if (this.#buffer.length < bytes) this.#buffer = new Uint8Array(Math.ceil(bytes * 1.25));
    return this.#buffer;
  }
}

/** Formats a chunk and writes it at its place in the file. */
export function writeChunk(request: Pick<FormatRequest, 'table' | 'places' | 'fd'>, chunk: number, scratch: Scratch): void {
  const place = request.places[chunk] as number;
  const bytes = (request.places[chunk + 1] as number) - place;
  const out = scratch.take(bytes + SLACK);
  const length = formatRows(request.table, chunkStart(chunk), chunkEnd(request.table, chunk), out);
  if (length !== bytes) throw new Error(`chunk ${chunk}: ${length} bytes formatted, ${bytes} expected`);
  for (let written = 0; written < length; ) written += writeSync(request.fd, out, written, length - written, place + written);
}
