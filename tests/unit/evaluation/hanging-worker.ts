/** An evaluation worker that loads, takes the ruleset, then never answers a batch (a thread stuck in its work). */
import { parentPort } from 'node:worker_threads';
import type { FromWorker } from '../../../electron/evaluation/messages';

parentPort!.on('message', () => undefined);
parentPort!.postMessage({ kind: 'ready' } satisfies FromWorker);
