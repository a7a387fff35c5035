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
  /** Who suppresses it (`claim`): shared by both threads, so that exactly one of them does. */
  readonly claim: Int32Array;
}

/** The thread's answer: the suppressed cells, or what went wrong. */
export type SuppressionAnswer = { readonly job: number; readonly cells: Cell[] } | { readonly job: number; readonly error: string };

const UNCLAIMED = 0;
const CLAIMS = { thread: 1, here: 2 } as const;

/** Claims the job for one thread; false when the other has it already. */
export function claim(job: SuppressionJob, by: keyof typeof CLAIMS): boolean {
  return Atomics.compareExchange(job.claim, 0, UNCLAIMED, CLAIMS[by]) === UNCLAIMED;
}

interface Waiting {
  readonly work: SuppressionJob;
  readonly done: (cells: Cell[]) => void;
  readonly fail: (error: Error) => void;
}

/**
 * A thread that suppresses deliveries in the order handed over. Each is handed over as soon as it
 * is counted: the thread never waits for this one (busy counting, its messages unread) to hand it
 * the next. Once this thread has nothing else to do, it takes the deliveries the other has not
 * started, the last first (`suppressWaiting`); a flag per delivery, claimed atomically, decides
 * which thread suppresses it.
 */
export class SuppressionThread {
  /** True once the thread has loaded its code; false if it failed before. */
  readonly threaded: Promise<boolean>;
  #started: (up: boolean) => void = () => undefined;
  readonly #worker: Worker;
  /** Handed over and not yet settled, in order, by job number. */
  readonly #jobs = new Map<number, Waiting>();
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
      const waiting = this.#jobs.get(answer.job);
      this.#jobs.delete(answer.job);
      if ('error' in answer) waiting?.fail(new Error(answer.error));
      else waiting?.done(answer.cells);
    });
    this.#worker.on('error', () => this.#takeOver());
    this.#worker.on('exit', () => this.#takeOver());
  }

  suppress(indicator: Indicator, cells: readonly Cell[], threshold: number): Promise<Cell[]> {
    if (this.#failed) return Promise.resolve(suppressDelivery(indicator, cells, threshold));
    const work: SuppressionJob = { job: this.#next++, indicator, cells, threshold, claim: new Int32Array(new SharedArrayBuffer(4)) };
    return new Promise((done, fail) => {
      this.#jobs.set(work.job, { work, done, fail });
      this.#worker.postMessage(work);
    });
  }

  /**
   * Suppresses on this thread the deliveries the other has not started, the last first, until it
   * meets one the other has (which takes them in order: every earlier one is its too); between
   * two, the thread's answers are taken in.
   */
  async suppressWaiting(): Promise<void> {
    for (const waiting of [...this.#jobs.values()].reverse()) {
      if (!claim(waiting.work, 'here')) return;
      this.#jobs.delete(waiting.work.job);
      settle(waiting);
      // A turn of the event loop: the thread's answers go through.
      await new Promise((turn) => setImmediate(turn));
    }
  }

  close(): Promise<number> {
    this.#closing = true;
    return this.#worker.terminate();
  }

  /** The thread is gone: what it had not answered is suppressed here (or dropped, when it was closed). */
  #takeOver(): void {
    this.#failed = true;
    this.#started(false);
    const left = [...this.#jobs.values()];
    this.#jobs.clear();
    for (const waiting of left) {
      // Claimed here whoever had it (the thread is gone), so that `suppressWaiting` does not take it again.
      claim(waiting.work, 'here');
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
