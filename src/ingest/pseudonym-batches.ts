/**
 * Pseudonymising a large extract's ids in batches on a second thread while the reader goes on
 * reading the rest of each row. The keyed hash is a third of reading a population (≈ 0.8 of 3.1 s
 * for a million persons on one core); on the second core it costs the reader only the hand-over.
 * The thread computes exactly what `Pseudonymiser.pseudonymiseWords` does, with the same key
 * (`pseudonym-thread.ts`); until it is up (loading its code takes a moment), and if it fails, the
 * batches are done here, so a caller never waits for the thread to start and never loses a batch.
 */
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
// A cycle with pseudonymiser.ts, which starts these batches; the constant is read only when called.
import { PSEUDONYM_WORDS } from './pseudonymiser.ts';
import { workerStart } from './worker-start.ts';

/**
 * Whether a file's ids are worth a thread: from 8 MB (about 140,000 persons of an extract, 600,000
 * lines of an electoral roll). Starting the thread costs 0.05 s compiled, 0.2–0.3 s from the
 * TypeScript sources; hashing 140,000 ids about 0.1 s.
 */
export function threadPays(file: string): boolean {
  return statSync(file).size >= 8 * 2 ** 20;
}

/** The pseudonyms of a batch of ids: `PSEUDONYM_WORDS` words per id, and 1 where the id was not empty. */
export interface PseudonymBatch {
  readonly words: Uint32Array<ArrayBuffer>;
  readonly present: Uint8Array<ArrayBuffer>;
}

/** Batches of ids in, their pseudonyms out, in the order given. */
export interface PseudonymBatches {
  /** Starts on `ids` (as read: each is normalised as `pseudonymise` does); resolves to their pseudonyms. */
  pseudonymise(ids: readonly string[]): Promise<PseudonymBatch>;
  /** Ends the thread, if there is one; batches still pending are finished first. */
  close(): Promise<void>;
  /** True once a thread takes the batches; false when there is none, or it failed before it could. */
  readonly threaded: Promise<boolean>;
}

/**
 * A reader's batches with their ids' pseudonyms, in order: each batch's ids go to `hashing` as
 * soon as the batch is read, and a batch is handed on once `AHEAD` more have been read, so that the
 * caller reads its cells while the thread hashes the next batches' ids. `hashing` is closed at the
 * end, also when the caller stops early or fails.
 */
export async function* withPseudonyms<B>(
  batches: AsyncIterable<B>,
  hashing: PseudonymBatches,
  idsOf: (batch: B) => string[],
): AsyncGenerator<[B, PseudonymBatch]> {
  try {
    const waiting: { batch: B; pseudonyms: Promise<PseudonymBatch> }[] = [];
    for await (const batch of batches) {
      waiting.push({ batch, pseudonyms: hashing.pseudonymise(idsOf(batch)) });
      if (waiting.length > AHEAD) {
        const first = waiting.shift() as (typeof waiting)[number];
        yield [first.batch, await first.pseudonyms];
      }
    }
    for (const { batch, pseudonyms } of waiting) yield [batch, await pseudonyms];
  } finally {
    await hashing.close();
  }
}

/**
 * Batches read ahead of the one handed on. With one, the reader waited whenever the thread fell a
 * moment behind (a collection, the other thread's turn on the core): 0.1 s of a million persons'
 * 1.3 s. More smooth that out, but every batch held is copied by each young-generation collection
 * (four ahead: a fifth more collection time); two is the middle.
 */
const AHEAD = 2;

/** What pseudonymises one id here: `Pseudonymiser.pseudonymiseWords`. */
export type WordsOf = (id: string, out: Uint32Array, offset: number) => boolean;

/** The pseudonyms of `ids`, computed on this thread. */
export function pseudonymBatch(ids: readonly string[], wordsOf: WordsOf): PseudonymBatch {
  const words = new Uint32Array(ids.length * PSEUDONYM_WORDS);
  const present = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) present[i] = wordsOf(ids[i] as string, words, i * PSEUDONYM_WORDS) ? 1 : 0;
  return { words, present };
}

/** Every batch on this thread (small extracts: starting a thread would cost more than it saves). */
export function inlineBatches(wordsOf: WordsOf): PseudonymBatches {
  return {
    pseudonymise: (ids) => Promise.resolve(pseudonymBatch(ids, wordsOf)),
    close: () => Promise.resolve(),
    threaded: Promise.resolve(false),
  };
}

/** A batch as sent to the thread: the ids joined, and each one's length. */
export interface BatchRequest {
  readonly batch: number;
  readonly text: string;
  readonly lengths: Uint32Array;
}

/** The thread's answer to one `BatchRequest`. */
export interface BatchAnswer extends PseudonymBatch {
  readonly batch: number;
}

interface Pending {
  readonly ids: readonly string[];
  readonly done: (result: PseudonymBatch) => void;
}

/** Batches on a worker thread holding the key (`pseudonym-thread.ts`), here until it is up. */
export function threadedBatches(key: Uint8Array, wordsOf: WordsOf): PseudonymBatches {
  const start = workerStart(import.meta.url, 'pseudonym-thread');
  const worker = new Worker(start.script, { eval: start.eval, workerData: { key } });
  const pending = new Map<number, Pending>();
  let ready = false;
  let failed = false;
  let next = 0;
  let drained: (() => void) | null = null;
  let started: (up: boolean) => void = () => undefined;
  const threaded = new Promise<boolean>((settle) => (started = settle));
  // A thread that fails leaves its batches to this thread: the same pseudonyms, only slower.
  const takeOver = () => {
    failed = true;
    started(false);
    for (const [batch, { ids, done }] of pending) {
      pending.delete(batch);
      done(pseudonymBatch(ids, wordsOf));
    }
    drained?.();
  };
  worker.on('message', (message: 'ready' | BatchAnswer) => {
    if (message === 'ready') {
      ready = true;
      started(true);
      return;
    }
    const waiting = pending.get(message.batch);
    pending.delete(message.batch);
    waiting?.done({ words: message.words, present: message.present });
    if (pending.size === 0) drained?.();
  });
  worker.on('error', takeOver);
  worker.on('exit', takeOver);
  return {
    pseudonymise(ids) {
      if (!ready || failed) return Promise.resolve(pseudonymBatch(ids, wordsOf));
      const batch = next++;
      const lengths = new Uint32Array(ids.length);
      for (let i = 0; i < ids.length; i++) lengths[i] = (ids[i] as string).length;
      return new Promise((done) => {
        pending.set(batch, { ids, done });
        worker.postMessage({ batch, text: ids.join(''), lengths } satisfies BatchRequest, [lengths.buffer]);
      });
    },
    threaded,
    async close() {
      if (pending.size > 0) await new Promise<void>((settled) => (drained = settled));
      await worker.terminate();
    },
  };
}
