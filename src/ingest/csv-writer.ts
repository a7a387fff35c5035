/**
 * Streams a CSV file out (the classify command writes a million rows): lines are gathered into
 * 64 KiB blocks, and `write` hands back a promise only when the stream asks to wait (backpressure),
 * so memory stays flat and the fast path costs no promise per row.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { type CsvValue, csvLine } from './csv-field.ts';

const BLOCK_CHARS = 64 * 1024;

/** A CSV file being written. */
export interface CsvWriter {
  /** Adds a row (as many values as the header). Await the result: it is a promise when the stream is full. */
  write(values: readonly CsvValue[]): Promise<void> | undefined;
  /** Writes what is buffered and finishes; a file opened by path is closed, a stream passed in is not ended. */
  close(): Promise<void>;
  /** Data rows written so far. */
  readonly rows: number;
}

/**
 * A CSV writer to a file path (created or replaced) or to a stream, starting with `header`.
 * @example
 * const out = createCsvWriter('out.csv', ['person_id', 'group']);
 * await out.write(['ab12…', 'target']);
 * await out.close();
 */
export function createCsvWriter(target: string | Writable, header: readonly string[]): CsvWriter {
  // A buffer of a few blocks, so that the disk writes while the next block is built (with the
  // default 16 KiB every 64 KiB block waited for the write: a tenth of `classify`'s wall time).
  const stream = typeof target === 'string' ? createWriteStream(target, { highWaterMark: 4 * BLOCK_CHARS }) : target;
  const owned = typeof target === 'string';
  let failure: Error | undefined;
  stream.on('error', (error: Error) => {
    failure = error;
  });
  let block = csvLine(header);
  let rows = 0;
  const flush = (): Promise<void> | undefined => {
    if (failure !== undefined) return Promise.reject(failure);
    const ok = stream.write(block);
    block = '';
    return ok ? undefined : drained(stream);
  };
  return {
    write(values) {
      if (values.length !== header.length) {
        throw new Error(`createCsvWriter: ${values.length} values for ${header.length} columns`);
      }
      block += csvLine(values);
      rows++;
      return block.length >= BLOCK_CHARS ? flush() : undefined;
    },
    async close() {
      if (block.length > 0) await flush();
      if (failure !== undefined) throw failure;
      if (owned) {
        stream.end();
        await once(stream, 'close');
      } else if (stream.writableNeedDrain) {
        await drained(stream);
      }
      if (failure !== undefined) throw failure;
    },
    get rows() {
      return rows;
    },
  };
}

async function drained(stream: Writable): Promise<void> {
  await once(stream, 'drain');
}
