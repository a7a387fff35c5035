/**
 * Writing an `OutputTable` to a CSV file with both cores: the rows are cut into chunks, and this
 * thread and a format thread (`format-thread.ts`) each take the next chunk not yet taken (one shared
 * counter) and write it at its place in the file, known beforehand from the lines' lengths. A
 * thread that is still starting takes no chunk, and the chunks of one that fails are written again
 * here (the same bytes at the same place), so the file is the same either way — only the time
 * differs. Each thread formats into one reused buffer: allocating a buffer per block on both
 * threads at once cost more than the formatting (the allocations contend).
 *
 * The table may be handed over before its last values are known (`classify`'s classification, a
 * tenth of its run): the thread then formats the chunks whose rows are final while this thread
 * classifies the rest (`TableWriter.publish`).
 *
 * The file is written beside its final name and renamed into place when complete, as every output
 * of the product (`output-file.ts`).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { workerStart } from '../../ingest/index.ts';
import { partialPath } from '../output-file.ts';
import { CHUNK_ROWS, chunkCount, chunkEnd, chunkStart, type FormatAnswer, type FormatRequest, Scratch, takeChunk, writeChunk } from './chunks.ts';
import { linesBytes } from './format-rows.ts';
import type { CodedTextColumn, OutputTable } from './output-table.ts';

/** A thread's report to the writer: a chunk it wrote, or that it takes no more (done or failed). */
interface ThreadReports {
  wrote(chunk: number): void;
  ended(): void;
}

/**
 * A second thread for formatting, started before it is needed (loading its code takes a moment),
 * so that it is up when the table is ready.
 */
export class FormatThread {
  readonly #worker: Worker;
  #gone = false;
  #reports: ThreadReports | null = null;

  constructor() {
    const start = workerStart(import.meta.url, 'format-thread');
    this.#worker = new Worker(start.script, { eval: start.eval });
    this.#worker.on('message', (answer: FormatAnswer) => {
      if (answer === 'finished' || 'failed' in answer) this.#end();
      else this.#reports?.wrote(answer.wrote);
    });
    this.#worker.on('error', () => this.#end());
    this.#worker.on('exit', () => this.#end());
  }

  /** Hands over the table: the thread takes chunks until none is left. */
  start(request: FormatRequest, reports: ThreadReports): void {
    if (this.#gone) {
      reports.ended();
      return;
    }
    this.#reports = reports;
    this.#worker.postMessage(request satisfies FormatRequest, request.texts === null ? [] : [request.texts]);
  }

  /** Stops the thread; once this resolves it writes nothing more. */
  async close(): Promise<void> {
    this.#gone = true;
    await this.#worker.terminate();
  }

  #end(): void {
    this.#gone = true;
    this.#reports?.ended();
    this.#reports = null;
  }
}

/** What `TableWriter` needs of a second thread (a `FormatThread`). */
export type FormatHelper = Pick<FormatThread, 'start' | 'close'>;

/**
 * A table being written to `path`, with `thread` formatting beside this one. With a `growing`
 * column (its numbers in shared memory, its texts appended as they are found), the thread starts on
 * the rows `publish`ed while the caller fills in the rest.
 */
export class TableWriter {
  readonly #table: OutputTable;
  readonly #path: string;
  readonly #partial: string;
  readonly #fd: number;
  readonly #thread: FormatHelper | null;
  readonly #chunks: number;
  readonly #taken = new Int32Array(new SharedArrayBuffer(4));
  readonly #ready = new Int32Array(new SharedArrayBuffer(4));
  readonly #places: Float64Array;
  readonly #growing: CodedTextColumn | null;
  /** This end of the channel that carries the growing column's new texts to the thread. */
  readonly #texts: MessagePort | null;
  #textsSent = 0;
  /** Chunks written, by either thread. */
  readonly #written: Uint8Array;
  #writtenCount = 0;
  #byThread = 0;
  #threadEnded: boolean;
  #wake: () => void = () => undefined;

  /** Opens the file (beside `path`) and writes `header`, a CSV line. */
  constructor(path: string, header: string, table: OutputTable, thread: FormatHelper | null, growing: number | null = null) {
    this.#table = table;
    this.#path = path;
    this.#partial = partialPath(path);
    this.#fd = openSync(this.#partial, 'w');
    const headerBytes = Buffer.from(header, 'utf8');
    writeSync(this.#fd, headerBytes, 0, headerBytes.length, 0);
    this.#thread = thread;
    this.#chunks = chunkCount(table);
    this.#written = new Uint8Array(this.#chunks);
    this.#places = new Float64Array(new SharedArrayBuffer(8 * (this.#chunks + 1)));
    this.#places[0] = headerBytes.length;
    this.#growing = growing === null ? null : (table.columns[growing] as CodedTextColumn);
    this.#threadEnded = thread === null;
    if (growing === null) this.publish(table.rows);
    const channel = thread !== null && growing !== null ? new MessageChannel() : null;
    this.#texts = channel?.port1 ?? null;
    thread?.start(
      { table, taken: this.#taken, ready: this.#ready, places: this.#places, fd: this.#fd, growing, texts: channel?.port2 ?? null },
      {
        wrote: (chunk) => {
          this.#markWritten(chunk);
          this.#byThread++;
          this.#wake();
        },
        ended: () => {
          this.#threadEnded = true;
          this.#wake();
        },
      },
    );
  }

  /**
   * Rows below `rows` are final in the growing column: their chunks get their places in the file,
   * and the column's texts so far go to the thread first. Cheap to call after every row: it acts at
   * the end of a chunk and of the table.
   */
  publish(rows: number): void {
    if (rows % CHUNK_ROWS !== 0 && rows < this.#table.rows) return;
    for (let chunk = Math.ceil(Atomics.load(this.#ready, 0) / CHUNK_ROWS); chunk < this.#chunks && chunkEnd(this.#table, chunk) <= rows; chunk++) {
      const bytes = linesBytes(this.#table, chunkStart(chunk), chunkEnd(this.#table, chunk));
      this.#places[chunk + 1] = (this.#places[chunk] as number) + bytes;
    }
    const texts = this.#growing?.texts;
    if (this.#texts !== null && texts !== undefined && texts.length > this.#textsSent) {
      this.#texts.postMessage(texts.slice(this.#textsSent));
      this.#textsSent = texts.length;
    }
    Atomics.store(this.#ready, 0, rows);
    Atomics.notify(this.#ready, 0);
  }

  /**
   * Once every row is published: writes the chunks the thread has not taken, waits for the ones it
   * has, and moves the file into place. Returns how many chunks the thread wrote (for the
   * benchmarks; the file is the same either way).
   */
  async finish(): Promise<number> {
    if (Atomics.load(this.#ready, 0) < this.#table.rows) throw new Error('TableWriter.finish: rows are not all published');
    const scratch = new Scratch();
    for (let chunk = takeChunk(this.#taken); chunk < this.#chunks; chunk = takeChunk(this.#taken)) {
      writeChunk({ table: this.#table, places: this.#places, fd: this.#fd }, chunk, scratch);
      this.#markWritten(chunk);
    }
    // The chunks the thread took are being written, unless it is gone.
    while (this.#writtenCount < this.#chunks && !this.#threadEnded) await new Promise<void>((woken) => (this.#wake = woken));
    // A thread that failed: its chunks again, here (a chunk it did write is rewritten with the same bytes).
    for (let chunk = 0; chunk < this.#chunks; chunk++) {
      if (this.#written[chunk] === 0) writeChunk({ table: this.#table, places: this.#places, fd: this.#fd }, chunk, scratch);
    }
    this.#close();
    await rename(this.#partial, this.#path);
    return this.#byThread;
  }

  /** Stops the thread, then removes the partial file. */
  async abort(): Promise<void> {
    // The thread writes to the same descriptor: it must have stopped before the descriptor is closed.
    await this.#thread?.close();
    this.#close();
    await rm(this.#partial, { force: true });
  }

  /** Closes the file once (a descriptor closed twice could be another file's by then). */
  #close(): void {
    this.#texts?.close();
    if (this.#closed) return;
    this.#closed = true;
    closeSync(this.#fd);
  }

  #closed = false;

  #markWritten(chunk: number): void {
    if (this.#written[chunk] === 1) return;
    this.#written[chunk] = 1;
    this.#writtenCount++;
  }
}
