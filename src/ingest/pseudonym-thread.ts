/**
 * The entry point of the pseudonymising thread (started by `pseudonym-batches.ts`): the key comes
 * in `workerData`, each message is a batch of ids, each answer their pseudonyms' words — the same
 * `pseudonymiseWords` as on the reading thread. Ids are never written anywhere: they live in this
 * thread's memory only as long as the batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchAnswer, BatchRequest } from './pseudonym-batches.ts';
import { pseudonymBatch } from './pseudonym-batches.ts';
import { pseudonymiserWithKey } from './pseudonymiser.ts';

const { key } = workerData as { key: Uint8Array };
// The key source only labels where a key came from; this thread was handed its parent's key.
const pseudonymiser = pseudonymiserWithKey(key, 'env');

parentPort?.on('message', ({ batch, text, lengths }: BatchRequest) => {
  const ids: string[] = new Array(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const end = at + (lengths[i] as number);
    ids[i] = text.slice(at, end);
    at = end;
  }
  const { words, present } = pseudonymBatch(ids, (id, out, offset) => pseudonymiser.pseudonymiseWords(id, out, offset));
  parentPort?.postMessage({ batch, words, present } satisfies BatchAnswer, [words.buffer, present.buffer]);
});
parentPort?.postMessage('ready');
