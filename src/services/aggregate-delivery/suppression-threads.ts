/**
 * Several indicators against one population (a national run's eleven): each is counted on this
 * thread and suppressed on a second one while the next is counted. The suppression — the interval
 * audit of every municipality and the country's margin — is a third to a half of a national run;
 * on the second core it overlaps the counting. The same code suppresses either way
 * (`suppressDelivery`); should the thread fail, its deliveries are suppressed here.
 */
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

/** A thread that suppresses deliveries one after another, in the order handed over. */
export class SuppressionThread {
  /** True once the thread has loaded its code; false if it failed before. */
  readonly threaded: Promise<boolean>;
  #started: (up: boolean) => void = () => undefined;
  readonly #worker: Worker;
  readonly #waiting = new Map<number, Waiting>();
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
      const waiting = this.#waiting.get(answer.job);
      this.#waiting.delete(answer.job);
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
      this.#waiting.set(work.job, { work, done, fail });
      this.#worker.postMessage(work);
    });
  }

  close(): Promise<number> {
    this.#closing = true;
    return this.#worker.terminate();
  }

  /** The thread is gone: what it had not answered is suppressed here (or dropped, when it was closed). */
  #takeOver(): void {
    this.#failed = true;
    this.#started(false);
    for (const [job, { work, done, fail }] of this.#waiting) {
      this.#waiting.delete(job);
      if (this.#closing) {
        fail(new Error('the suppression thread was closed'));
        continue;
      }
      try {
        done(suppressDelivery(work.indicator, work.cells, work.threshold));
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }
}

/**
 * Aggregates and suppresses each request, in order, as `aggregateIndicator` does one: the outcomes
 * are the same, only the suppression of one runs beside the counting of the next.
 */
export async function aggregateIndicators(requests: readonly AggregateRequest[], deps: AggregateDeps): Promise<AggregateOutcome[]> {
  const thread = new SuppressionThread();
  const outcomes: Promise<AggregateOutcome>[] = [];
  try {
    for (const request of requests) {
      const counted = await countIndicator(request, deps);
      outcomes.push(thread.suppress(counted.indicator, counted.cells, deps.threshold).then((cells) => ({ ...counted, cells })));
    }
    return await Promise.all(outcomes);
  } catch (error) {
    // The thread is ended below: what it still had must not end as unhandled rejections.
    for (const outcome of outcomes) outcome.catch(() => undefined);
    throw error;
  } finally {
    await thread.close();
  }
}
