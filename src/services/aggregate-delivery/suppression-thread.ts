/**
 * The entry point of the suppression thread (started by `suppression-threads.ts`): each message is
 * one delivery's counted cells, each answer the same cells suppressed by `suppressDelivery` — the
 * same code as on the counting thread. It keeps nothing between deliveries.
 */
import { parentPort } from 'node:worker_threads';
import { suppressDelivery } from './aggregate-indicator.ts';
import { claim, type SuppressionAnswer, type SuppressionJob } from './suppression-threads.ts';

parentPort?.on('message', (work: SuppressionJob) => {
  // The counting thread, done with its own work, may have taken it already.
  if (!claim(work, 'thread')) return;
  const { job, indicator, cells, threshold } = work;
  let answer: SuppressionAnswer;
  try {
    answer = { job, cells: suppressDelivery(indicator, cells, threshold) };
  } catch (error) {
    answer = { job, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(answer);
});
// The first message says the code is loaded.
parentPort?.postMessage('ready');
