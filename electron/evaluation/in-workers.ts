import type { Worker } from 'node:worker_threads';
import type { Ruleset } from '../../shared/house-rules';
import type { Profile } from '../../shared/profile';
import type { FromWorker, ToWorker } from './messages';
import type { TaskName } from './tasks';
import type { StartWorker } from './worker-entry';

/** A worker thread failed before it loaded: none ran any work, and the work can be done another way. */
export class WorkerStartError extends Error {
  constructor(cause: unknown) {
    super(`An evaluation worker could not start: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export interface WorkerRun {
  start: StartWorker;
  workers: number;
  task: TaskName;
  ruleset: Ruleset;
  batches: ReadonlyMap<number, Profile[]>;
  signal: AbortSignal;
  onBatch: (index: number, results: unknown[]) => void;
}

/**
 * Runs the batches on worker threads, each taking the next batch when it hands one in; the threads end with the run.
 * Rejects with a `WorkerStartError` when a thread fails to load, with the reason of the signal when aborted, and
 * with the thread's error when one fails or stops during a batch.
 */
export function runInWorkers(run: WorkerRun): Promise<void> {
  return new Promise((resolve, reject) => {
    run.signal.throwIfAborted();
    const queue = [...run.batches];
    const threads: Worker[] = [];
    let outstanding = queue.length;
    let settled = false;
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      run.signal.removeEventListener('abort', abort);
      for (const thread of threads) void thread.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    const abort = () => settle(run.signal.reason);
    run.signal.addEventListener('abort', abort, { once: true });
    // A thread being terminated may still hand in a batch: once the run is settled, that is ignored.
    const handIn = (index: number, results: unknown[]) => {
      if (settled) return false;
      run.onBatch(index, results);
      outstanding -= 1;
      if (outstanding === 0) settle();
      return !settled;
    };
    try {
      for (let n = 0; n < run.workers; n += 1) threads.push(startThread(run, queue, handIn, settle));
    } catch (error) {
      settle(new WorkerStartError(error));
    }
  });
}

/** `handIn` takes a batch's results and says whether the run goes on. */
function startThread(
  run: WorkerRun,
  queue: [number, Profile[]][],
  handIn: (index: number, results: unknown[]) => boolean,
  fail: (error: unknown) => void,
): Worker {
  const thread = run.start();
  const send = (message: ToWorker) => thread.postMessage(message);
  let ready = false;
  let current: number | null = null;
  const takeNext = () => {
    const next = queue.shift();
    current = next?.[0] ?? null;
    if (next) send({ kind: 'batch', task: run.task, profiles: next[1] });
    else void thread.terminate();
  };
  thread.on('message', (message: FromWorker) => {
    if (message.kind === 'ready') {
      ready = true;
      send({ kind: 'ruleset', ruleset: run.ruleset });
    } else if (!handIn(current!, message.results)) {
      return;
    }
    takeNext();
  });
  thread.on('error', (error) => fail(ready ? error : new WorkerStartError(error)));
  thread.on('exit', (code) => {
    if (current !== null || !ready) fail(ready ? new Error(`An evaluation worker stopped (exit code ${code}) in the middle of a batch.`) : new WorkerStartError(`exit code ${code}`));
  });
  return thread;
}
