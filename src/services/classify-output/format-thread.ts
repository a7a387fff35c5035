/**
 * The entry point of the format thread (started by `write-table.ts`): handed a copy of an
 * `OutputTable` and the shared counter of chunks taken, it formats the next chunk not yet taken
 * until none is left, sending each chunk's lines back (the blocks moved, not copied). The table
 * holds pseudonyms only, never an id.
 */
import { parentPort } from 'node:worker_threads';
import { CHUNK_ROWS, type FormatAnswer, type FormatRequest, formatChunk, takeChunk } from './chunks.ts';

parentPort?.on('message', ({ table, taken }: FormatRequest) => {
  const chunks = Math.ceil(table.rows / CHUNK_ROWS);
  for (let chunk = takeChunk(taken); chunk < chunks; chunk = takeChunk(taken)) {
    const blocks = formatChunk(table, chunk);
    parentPort?.postMessage(
      { chunk, blocks } satisfies FormatAnswer,
      blocks.map((block) => block.buffer as ArrayBuffer),
    );
  }
  parentPort?.postMessage('finished' satisfies FormatAnswer);
});
