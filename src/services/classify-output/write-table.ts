/**
 * Writing an `OutputTable` with both cores: the rows are cut into chunks, and this thread and a
 * format thread (`format-thread.ts`) each take the next chunk not yet taken (one shared counter)
 * until none is left. This thread writes the chunks to the file in order, the thread's as they come
 * in. A thread that is still starting takes no chunk, and one that fails leaves its chunks to this
 * thread, so the file is the same either way — only the time differs. For `classify` on a million
 * persons, formatting is a third of the run.
 */
import { Worker } from 'node:worker_threads';
import { workerStart } from '../../ingest/index.ts';
import { formatRows } from './format-rows.ts';
import type { OutputTable } from './output-table.ts';

/** Rows per chunk: about 3 MB of output, a few dozen chunks for a million persons. */
export const CHUNK_ROWS = 25_000;

/** Where the lines go, in order: a promise when the caller should wait (a full stream). */
export interface BlockSink {
  write(block: Uint8Array): Promise<void> | undefined;
}

/** What the thread is handed: the table (a copy) and the counter of chunks taken, shared. */
export interface FormatRequest {
  readonly table: OutputTable;
  readonly taken: Int32Array;
}

/** The thread's messages: loaded, a chunk's lines, or no chunk left. */
export type FormatAnswer = 'ready' | 'finished' | { readonly chunk: number; readonly blocks: Uint8Array[] };

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

/**
 * A second thread for formatting, started before it is needed (loading its code takes a moment),
 * so that it is up when the table is ready.
 */
export class FormatThread {
  readonly #worker: Worker;
  #gone = false;
  #onChunk: (chunk: number, blocks: Uint8Array[]) => void = () => undefined;
  #onEnd: () => void = () => undefined;

  constructor() {
    const start = workerStart(import.meta.url, 'format-thread');
    this.#worker = new Worker(start.script, { eval: start.eval });
    this.#worker.on('message', (answer: FormatAnswer) => {
      if (answer === 'ready') return;
      if (answer === 'finished') this.#onEnd();
      else this.#onChunk(answer.chunk, answer.blocks);
    });
    const end = () => {
      this.#gone = true;
      this.#onEnd();
    };
    this.#worker.on('error', end);
    this.#worker.on('exit', end);
  }

  /** Hands over the table: the thread takes chunks until none is left, then says `finished`. */
  start(request: FormatRequest, onChunk: (chunk: number, blocks: Uint8Array[]) => void, onEnd: () => void): void {
    if (this.#gone) {
      onEnd();
      return;
    }
    this.#onChunk = onChunk;
    this.#onEnd = onEnd;
    this.#worker.postMessage(request satisfies FormatRequest);
  }

  close(): Promise<number> {
    this.#gone = true;
    return this.#worker.terminate();
  }
}

/** What `writeTable` needs of a second thread (a `FormatThread`). */
export type FormatHelper = Pick<FormatThread, 'start'>;

/**
 * Writes every row of `table` to `sink`, in order; with `thread`, both threads format. Returns how
 * many chunks the thread formatted (for the benchmarks; the lines are the same either way).
 */
export async function writeTable(table: OutputTable, sink: BlockSink, thread: FormatHelper | null): Promise<number> {
  const chunks = Math.ceil(table.rows / CHUNK_ROWS);
  const taken = new Int32Array(new SharedArrayBuffer(4));
  const formatted: (Uint8Array[] | undefined)[] = new Array(chunks);
  let written = 0;
  let byThread = 0;
  let threadDone = thread === null;
  let wake: () => void = () => undefined;
  thread?.start(
    { table, taken },
    (chunk, blocks) => {
      formatted[chunk] = blocks;
      byThread++;
      wake();
    },
    () => {
      threadDone = true;
      wake();
    },
  );
  /** Writes the chunks that are next in order and formatted. */
  const writeReady = async () => {
    for (let blocks = formatted[written]; blocks !== undefined; blocks = formatted[written]) {
      formatted[written] = undefined;
      written++;
      for (const block of blocks) {
        const full = sink.write(block);
        if (full) await full;
      }
    }
  };
  for (let chunk = takeChunk(taken); chunk < chunks; chunk = takeChunk(taken)) {
    formatted[chunk] = formatChunk(table, chunk);
    await writeReady();
    // A turn of the event loop, so that the thread's chunks come in and are written as they are done.
    if (thread !== null) await new Promise((turn) => setImmediate(turn));
  }
  // Every chunk is taken; the ones the thread took are on their way, unless it is gone.
  while (written < chunks && !threadDone) {
    if (formatted[written] === undefined) await new Promise<void>((woken) => (wake = woken));
    await writeReady();
  }
  for (let chunk = written; chunk < chunks; chunk++) formatted[chunk] ??= formatChunk(table, chunk);
  await writeReady();
  return byThread;
}
