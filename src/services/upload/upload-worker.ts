/**
 * The entry point of an upload's worker thread (started by `upload-queue.ts`): runs each job it is
 * sent, one at a time, and posts back either the verdict or the error as plain data. It keeps no
 * state between jobs, so the thread can be ended at any moment (time limit, heap limit) without harm.
 */
import { parentPort } from 'node:worker_threads';
import { toWire, type WireError } from './thread-errors.ts';
import { type UploadJob, type UploadVerdict, validateUpload } from './validate-upload.ts';

/** What the worker posts back for each job (after a first `'ready'`). */
export type WorkerAnswer = { ok: true; verdict: UploadVerdict } | { ok: false; error: WireError };

async function answer(job: UploadJob): Promise<WorkerAnswer> {
  try {
    return { ok: true, verdict: await validateUpload(job) };
  } catch (error) {
    return { ok: false, error: toWire(error) };
  }
}

// Jobs come from our own web thread (`upload-queue.ts` builds them), not from the outside world.
parentPort?.on('message', (job: UploadJob) => {
  void answer(job).then((message) => parentPort?.postMessage(message));
});
// The first message says the code is loaded: the job's time limit starts now, not at the thread's start.
parentPort?.postMessage('ready');
