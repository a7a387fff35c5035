/**
 * Several indicators against one population (a national run's eleven): each is counted on this
 * thread and suppressed on a second one while the next is counted. The suppression — the interval
 * audit of every municipality and the country's margin — is a third to a half of a national run;
 * on the second core it overlaps the counting. The same code suppresses either way
 * (`suppressDelivery`); should the thread fail, its deliveries are suppressed here.
 */
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Indicator } from '../../catalogue/index.ts';
import type { Cell } from '../../cells/index.ts';
import { workerStart } from '../../ingest/index.ts';
import { type AggregateDeps, type AggregateOutcome, type AggregateRequest, countIndicator, suppressDelivery } from './aggregate-indicator.ts';

/** One delivery for the thread. */
export interface SuppressionJob {
  readonly job: number;
  readonly indicator: Indicator;
  readonly cells: readonly Cell[];
  readonly threshold: number;
}

/** The thread's answer: the suppressed cells, or what went wrong. */
export type SuppressionAnswer = { readonly job: number; readonly cells: Cell[] } | { readonly job: number; readonly error: string };

interface Waiting {
  readonly work: SuppressionJob;
  readonly done: (cells: Cell[]) => void;
  readonly fail: (error: Error) => void;
}

/**
 * A thread that suppresses deliveries in the order handed over. At most `POSTED` are with the
 * thread at a time (so that it never waits for this thread to hand it the next); the others wait
 * here, where `suppressWaiting` can take them once this thread has nothing else to do.
 */
export class SuppressionThread {
  /** True once the thread has loaded its code; false if it failed before. */
  readonly threaded: Promise<boolean>;
  #started: (up: boolean) => void = () => undefined;
  readonly #worker: Worker;
  /** Posted to the thread, by job number. */
  readonly #posted = new Map<number, Waiting>();
  /** Not yet posted, in order. */
  readonly #queue: Waiting[] = [];
  #next = 0;
  #failed = false;
  #closing = false;

  constructor() {
    const start = workerStart(import.meta.url, 'suppression-thread');
    this.#worker = new Worker(start.script, { eval: start.eval });
    this.threaded = new Promise((settle) => (this.#started = settle));
    this.#worker.on('message', (answer: SuppressionAnswer | 'ready') => {
      if (answer === 'ready') {
        this.#started(true);
        return;
      }
      const waiting = this.#posted.get(answer.job);
      this.#posted.delete(answer.job);
      this.#post();
      if ('error' in answer) waiting?.fail(new Error(answer.error));
      else waiting?.done(answer.cells);
    });
    this.#worker.on('error', () => this.#takeOver());
    this.#worker.on('exit', () => this.#takeOver());
  }

  suppress(indicator: Indicator, cells: readonly Cell[], threshold: number): Promise<Cell[]> {
    if (this.#failed) return Promise.resolve(suppressDelivery(indicator, cells, threshold));
    const work: SuppressionJob = { job: this.#next++, indicator, cells, threshold };
    return new Promise((done, fail) => {
      this.#queue.push({ work, done, fail });
      this.#post();
    });
  }

  /**
   * Suppresses the deliveries still waiting here on this thread, the last first, until none is
   * left; between two, the thread's answers are taken in, so that it is handed its next.
   */
  async suppressWaiting(): Promise<void> {
    for (let waiting = this.#queue.pop(); waiting !== undefined; waiting = this.#queue.pop()) {
      settle(waiting);
      // A turn of the event loop: the thread's answers (and its next delivery) go through.
      await new Promise((turn) => setImmediate(turn));
    }
  }

  close(): Promise<number> {
    this.#closing = true;
    return this.#worker.terminate();
  }

  /** Hands the thread the next waiting deliveries, up to `POSTED` with it at a time. */
  #post(): void {
    while (!this.#failed && this.#posted.size < POSTED) {
      const waiting = this.#queue.shift();
      if (waiting === undefined) return;
      this.#posted.set(waiting.work.job, waiting);
      this.#worker.postMessage(waiting.work);
    }
  }

  /** The thread is gone: what it had not answered is suppressed here (or dropped, when it was closed). */
  #takeOver(): void {
    this.#failed = true;
    this.#started(false);
    const left = [...this.#posted.values(), ...this.#queue.splice(0)];
    this.#posted.clear();
    for (const waiting of left) {
      if (this.#closing) waiting.fail(new Error('the suppression thread was closed'));
      else settle(waiting);
    }
  }
}

/**
 * The order to count requests in: smallest data file first, those without one (computed from the
 * population alone) last. A small file is counted in moments, and its small counts are what the
 * suppression works hardest on (a national run's children's measures and IGU courses: 38 of its
 * 48 s of suppression at 5.9 M persons), so the second thread gets its longest work first instead
 * of after most of the counting; the population-only indicators count longest and suppress least.
 */
export function countingOrder(requests: readonly Pick<AggregateRequest, 'dataFile'>[]): number[] {
  // A file that cannot be read comes first: counting it reports the problem as ever.
  const size = requests.map((request) =>
    request.dataFile === null ? Number.POSITIVE_INFINITY : (statSync(request.dataFile, { throwIfNoEntry: false })?.size ?? 0),
  );
  return requests.map((_, k) => k).sort((a, b) => (size[a] as number) - (size[b] as number) || a - b);
}

/** Deliveries with the thread at a time: one at work, one waiting in its inbox. */
const POSTED = 2;

/** Suppresses a delivery on this thread and settles its promise. */
function settle({ work, done, fail }: Waiting): void {
  try {
    done(suppressDelivery(work.indicator, work.cells, work.threshold));
  } catch (error) {
    fail(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * Aggregates and suppresses each request as `aggregateIndicator` does one: the outcomes are the
 * same, in the requests' order; only the suppression of one runs beside the counting of the next.
 * The requests are counted smallest data file first (`countingOrder`).
 */
export async function aggregateIndicators(requests: readonly AggregateRequest[], deps: AggregateDeps): Promise<AggregateOutcome[]> {
  const thread = new SuppressionThread();
  const outcomes: Promise<AggregateOutcome>[] = new Array(requests.length);
  try {
    for (const k of countingOrder(requests)) {
      const counted = await countIndicator(requests[k] as AggregateRequest, deps);
      const outcome = thread.suppress(counted.indicator, counted.cells, deps.threshold).then((cells) => ({ ...counted, cells }));
      // Handled from the start (a failure while the next file is read must not be an unhandled
      // rejection); `Promise.all` below still fails with it.
      outcome.catch(() => undefined);
      outcomes[k] = outcome;
    }
    // Counting is done: this thread suppresses what still waits, beside the other.
    await thread.suppressWaiting();
    return await Promise.all(outcomes);
  } finally {
    await thread.close();
  }
}
