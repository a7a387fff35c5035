/**
 * The entry point of the format thread (started by `write-table.ts`): handed a copy of an
 * `OutputTable`, the output file and the shared counter of chunks taken, it formats the next chunk
 * not yet taken and writes it at its place, until none is left, saying which it wrote. A chunk of a
 * growing column waits until its rows are final (`FormatRequest.ready`), taking the column's new
 * texts first. The table holds pseudonyms only, never an id.
 */
import { type MessagePort, parentPort, receiveMessageOnPort } from 'node:worker_threads';
import { chunkCount, chunkEnd, type FormatAnswer, type FormatRequest, Scratch, takeChunk, writeChunk } from './chunks.ts';
import type { CodedTextColumn } from './output-table.ts';

parentPort?.on('message', (request: FormatRequest) => {
  const { table, taken, ready, growing, texts } = request;
  const grown = growing === null ? null : (table.columns[growing] as CodedTextColumn);
  const scratch = new Scratch();
  try {
    for (let chunk = takeChunk(taken); chunk < chunkCount(table); chunk = takeChunk(taken)) {
      waitUntilReady(ready, chunkEnd(table, chunk));
      if (grown !== null && texts !== null) takeTexts(texts, grown.texts as Uint8Array[]);
      writeChunk(request, chunk, scratch);
      parentPort?.postMessage({ wrote: chunk } satisfies FormatAnswer);
    }
    parentPort?.postMessage('finished' satisfies FormatAnswer);
  } catch (error) {
    parentPort?.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies FormatAnswer);
  } finally {
    texts?.close();
  }
});

/** Blocks this thread until rows below `rows` are final. */
function waitUntilReady(ready: Int32Array, rows: number): void {
  for (let now = Atomics.load(ready, 0); now < rows; now = Atomics.load(ready, 0)) Atomics.wait(ready, 0, now);
}

/** The growing column's texts sent so far (each message: the next ones, in order). */
function takeTexts(port: MessagePort, into: Uint8Array[]): void {
  for (let received = receiveMessageOnPort(port); received !== undefined; received = receiveMessageOnPort(port)) {
    into.push(...(received.message as Uint8Array[]));
  }
}
