/**
 * Uploads are checked off the web server's thread: each runs in its own worker thread
 * (`node:worker_threads`) with a capped heap and a time limit, at most `concurrent` at a time and
 * `waiting` more in line; one more is refused at once ("busy", HTTP 503 with Retry-After) instead of
 * piling up files and memory. Parsing a 20 MB file and the small-cell rule's interval audit can take
 * seconds to minutes of CPU; on the web thread every other request waited for them.
 *
 * A thread is kept for the next upload for ten seconds after its last (starting one costs
 * ≈ 0.2–0.6 s, and a steward often checks, then submits), then ended, giving its memory back. A
 * thread past its time or memory limit, or crashed, is ended and the upload answered with a clear
 * error; the server goes on as before, and the next upload gets a fresh thread. The thread keeps no
 * state between jobs: each brings its catalogue, round and actor.
 */
import { Worker } from 'node:worker_threads';
import { InputError, workerStart } from '../../ingest/index.ts';
import { WorkflowError } from '../workflow-error.ts';
import { fromWire } from './thread-errors.ts';
import type { WorkerAnswer } from './upload-worker.ts';
import type { UploadJob, UploadVerdict } from './validate-upload.ts';

export interface UploadLimits {
  /** Uploads checked at the same time, each in its own thread. */
  concurrent: number;
  /** Uploads that may wait for a free thread; one more is refused with "busy". */
  waiting: number;
  /** A check still running after this long is stopped and the upload refused. */
  timeoutMs: number;
  /** The thread's heap (V8 old generation) in MB; a check needing more is stopped and refused. */
  heapMb: number;
}

/**
 * One at a time leaves the second core to the web thread; two waiting cover the stewards of a
 * round's last afternoon. 512 MB holds a file at the delivery limits several times over.
 */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { concurrent: 1, waiting: 2, timeoutMs: 120_000, heapMb: 512 };

/** Seconds a refused uploader is told to wait (`Retry-After`). */
export const BUSY_RETRY_SECONDS = 30;

/** Checks uploads; `run` throws `InputError(s)` for a bad file, a `busy` refusal when full. */
export interface UploadChecker {
  run(job: UploadJob): Promise<UploadVerdict>;
  /** True when one more upload would be refused; lets a route refuse before reading the body. */
  isFull(): boolean;
}

/** The refusal for an upload that finds the line full. */
export function uploadsBusy(): WorkflowError {
  return new WorkflowError(
    'busy',
    `der kontrolleres allerede andre filer; prøv igen om ${BUSY_RETRY_SECONDS} sekunder`,
    `other files are being checked; try again in ${BUSY_RETRY_SECONDS} seconds`,
    BUSY_RETRY_SECONDS,
  );
}

function timedOut(job: UploadJob, limits: UploadLimits): InputError {
  const seconds = Math.round(limits.timeoutMs / 1000);
  return new InputError({
    code: 'check_timeout',
    file: job.path,
    messageDa: `kontrollen af filen tog mere end ${seconds} sekunder og blev stoppet; intet er gemt. Kontakt IT-driften, hvis filen skal igennem`,
    messageEn: `checking the file took more than ${seconds} seconds and was stopped; nothing was stored. Contact IT operations if the file must go through`,
  });
}

function outOfMemory(job: UploadJob, limits: UploadLimits): InputError {
  return new InputError({
    code: 'check_out_of_memory',
    file: job.path,
    messageDa: `kontrollen af filen brugte mere end ${limits.heapMb} MB hukommelse og blev stoppet; intet er gemt`,
    messageEn: `checking the file needed more than ${limits.heapMb} MB of memory and was stopped; nothing was stored`,
  });
}

/** A thread not ready this long after its start (loading its code) is ended: it will not be. */
const STARTUP_MS = 60_000;

/**
 * One worker thread, running one job at a time. It stays for the next job while it is healthy;
 * past the time limit, out of memory or crashed it is ended, and `run` settles only once it has
 * exited, so nothing of it still reads the upload's files when the caller removes them.
 */
class UploadThread {
  readonly #worker: Worker;
  #exited = false;
  readonly #exit: Promise<number>;
  /** Resolves when the worker has loaded its code (its first message); false if it exited first. */
  readonly #ready: Promise<boolean>;

  constructor(heapMb: number) {
    const start = workerStart(import.meta.url, 'upload-worker');
    this.#worker = new Worker(start.script, { eval: start.eval, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    this.#worker.unref(); // an idle thread never keeps the process alive
    this.#exit = new Promise((done) =>
      this.#worker.once('exit', (code) => {
        this.#exited = true;
        done(code);
      }),
    );
    this.#ready = Promise.race([new Promise<boolean>((done) => this.#worker.once('message', () => done(true))), this.#exit.then(() => false)]);
  }

  get alive(): boolean {
    return !this.#exited;
  }

  end(): Promise<number> {
    void this.#worker.terminate();
    return this.#exit;
  }

  /** True once the thread is ready; false if it exited, or did not get ready within `ms` either. */
  async #readyWithin(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((done) => {
      timer = setTimeout(() => done(false), ms);
    });
    try {
      return await Promise.race([this.#ready, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs the job; the time limit counts from when the thread is ready, not its start-up. */
  async run(job: UploadJob, limits: UploadLimits): Promise<UploadVerdict> {
    const worker = this.#worker;
    worker.ref(); // a job in hand keeps the process alive
    if (!(await this.#readyWithin(STARTUP_MS))) {
      await this.end();
      throw new Error('the upload worker did not start');
    }
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      let failure: Error | undefined;
      let settled = false;
      const finish = () => {
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.unref();
      };
      const onMessage = (message: WorkerAnswer) => {
        finish();
        resolve(message);
      };
      const onError = (error: Error & { code?: string }) => {
        failure ??=
          error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(job, limits) : new Error(`the upload worker failed: ${error.message}`, { cause: error });
      };
      const timer = setTimeout(() => {
        failure = timedOut(job, limits);
        void worker.terminate();
      }, limits.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      void this.#exit.then((code) => {
        if (settled) return; // an earlier job's answer; this thread ended later
        finish();
        reject(failure ?? new Error(`the upload worker stopped (exit code ${code}) without an answer`));
      });
      try {
        worker.postMessage(job);
      } catch (error) {
        finish(); // a job that cannot be copied to the thread never started there
        reject(error);
      }
    });
    if (answer.ok) return answer.verdict;
    throw fromWire(answer.error);
  }
}

/** An idle thread is ended after this long, giving its memory back. */
const IDLE_MS = 10_000;

/**
 * Idle threads, shared by every queue of the process (a thread keeps nothing between jobs, and
 * one built with the same heap cap serves any queue): the test suite's many apps reuse one.
 */
const idleThreads: { thread: UploadThread; heapMb: number; timer: NodeJS.Timeout }[] = [];

function takeThread(heapMb: number): UploadThread {
  for (let i = idleThreads.length - 1; i >= 0; i--) {
    const idle = idleThreads[i];
    if (idle === undefined || idle.heapMb !== heapMb) continue;
    idleThreads.splice(i, 1);
    clearTimeout(idle.timer);
    if (idle.thread.alive) return idle.thread;
  }
  return new UploadThread(heapMb);
}

/** Keeps a healthy thread for the next upload, for a while. */
function park(thread: UploadThread, heapMb: number): void {
  if (!thread.alive) return;
  const timer = setTimeout(() => {
    const index = idleThreads.findIndex((idle) => idle.thread === thread);
    if (index !== -1) idleThreads.splice(index, 1);
    void thread.end();
  }, IDLE_MS);
  timer.unref();
  idleThreads.push({ thread, heapMb, timer });
}

/** Ends every idle thread (a server that closes; tests). */
export async function endIdleUploadThreads(): Promise<void> {
  const idle = idleThreads.splice(0);
  for (const { timer } of idle) clearTimeout(timer);
  await Promise.all(idle.map(({ thread }) => thread.end()));
}

export class UploadQueue implements UploadChecker {
  readonly limits: UploadLimits;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(limits: Partial<UploadLimits> = {}) {
    this.limits = { ...DEFAULT_UPLOAD_LIMITS, ...limits };
  }

  isFull(): boolean {
    return this.#running >= this.limits.concurrent && this.#waiting.length >= this.limits.waiting;
  }

  async run(job: UploadJob): Promise<UploadVerdict> {
    if (this.#running < this.limits.concurrent) this.#running++;
    else if (this.#waiting.length < this.limits.waiting) await new Promise<void>((start) => this.#waiting.push(start));
    else throw uploadsBusy();
    const thread = takeThread(this.limits.heapMb);
    try {
      return await thread.run(job, this.limits);
    } finally {
      park(thread, this.limits.heapMb);
      // The slot passes straight to the next in line, so `#running` never dips while one waits.
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }
}
