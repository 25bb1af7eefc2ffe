/** An evaluation worker that loads, takes the ruleset, then stops dead at its first batch (a crash of the thread). */
import { parentPort } from 'node:worker_threads';
import type { FromWorker, ToWorker } from '../../../electron/evaluation/messages';

parentPort!.on('message', (message: ToWorker) => {
  if (message.kind === 'batch') process.exit(3);
});
parentPort!.postMessage({ kind: 'ready' } satisfies FromWorker);
