/**
 * Conversions between a stream of row batches and a stream of rows. Readers produce rows a chunk at a
 * time; handing them out one by one through an async generator costs a generator resumption per row,
 * so `flattenBatches` is a hand-written iterator that returns already-resolved results from the
 * current batch — about twice as fast, which matters at a million rows.
 */
import type { TableRow } from './table-source.ts';

const BATCH_ROWS = 1000;

/**
 * The rows of `batches`, one at a time. Breaking out of the loop closes the batch stream.
 * @example for await (const row of flattenBatches(csvRowBatches(file, layout, width))) …
 */
export function flattenBatches(batches: () => AsyncGenerator<TableRow[]>): AsyncIterable<TableRow> {
  return {
    [Symbol.asyncIterator]() {
      const source = batches();
      let batch: TableRow[] = [];
      let index = 0;
      const refill = async (): Promise<IteratorResult<TableRow>> => {
        for (;;) {
          const row = batch[index];
          if (row !== undefined) {
            index++;
            return { value: row, done: false };
          }
          const next = await source.next();
          if (next.done === true) return { value: undefined, done: true };
          batch = next.value;
          index = 0;
        }
      };
      return {
        next() {
          const row = batch[index];
          if (row === undefined) return refill();
          index++;
          return Promise.resolve({ value: row, done: false });
        },
        async return() {
          await source.return(undefined);
          return { value: undefined, done: true };
        },
      };
    },
  };
}

/**
 * Groups a row stream into batches of up to 1000 rows.
 * @example for await (const batch of groupIntoBatches(rows)) …
 */
export async function* groupIntoBatches(rows: AsyncIterable<TableRow>): AsyncGenerator<TableRow[]> {
  let batch: TableRow[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= BATCH_ROWS) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
