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
  /** Threads an earlier run left loaded and ready, taken first. */
  warm: Worker[];
  /** Takes back a thread that finished its part of a successful run, for the next run. */
  keep: (thread: Worker) => void;
}

/**
 * Runs the batches on worker threads, each taking the next batch when it hands one in; a thread with no batch left
 * goes back to the pool (`keep`), loaded and with its engine code optimised, unless the run fails or is aborted: then
 * every thread of the run ends. Rejects with a `WorkerStartError` when a thread fails to load, with the reason of the signal when aborted, and
 * with the thread's error when one fails or stops during a batch.
 */
export function runInWorkers(run: WorkerRun): Promise<void> {
  return new Promise((resolve, reject) => {
    run.signal.throwIfAborted();
    const queue = [...run.batches];
    const threads = new Set<Worker>();
    let outstanding = queue.length;
    let settled = false;
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      run.signal.removeEventListener('abort', abort);
      // A failed or aborted run stops its threads; after a successful one each goes back to the pool.
      if (error !== undefined) for (const thread of threads) void thread.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    const abort = () => settle(run.signal.reason);
    run.signal.addEventListener('abort', abort, { once: true });
    // A thread being terminated may still hand in a batch: once the run has failed, that is ignored.
    const handIn = (index: number, results: unknown[]) => {
      if (settled) return false;
      run.onBatch(index, results);
      outstanding -= 1;
      if (outstanding === 0) settle();
      return true;
    };
    const giveBack = (thread: Worker) => {
      threads.delete(thread);
      run.keep(thread);
    };
    try {
      for (let n = 0; n < run.workers; n += 1) threads.add(startThread(run, queue, { handIn, fail: settle, giveBack }));
    } catch (error) {
      settle(new WorkerStartError(error));
    }
  });
}

interface ThreadCalls {
  /** Takes a batch's results and says whether the run goes on. */
  handIn: (index: number, results: unknown[]) => boolean;
  fail: (error: unknown) => void;
  giveBack: (thread: Worker) => void;
}

/** A warm thread from an earlier run, or a new one once it has loaded; it works through the queue with the run's ruleset. */
function startThread(run: WorkerRun, queue: [number, Profile[]][], calls: ThreadCalls): Worker {
  const warm = run.warm.pop();
  const thread = warm ?? run.start();
  thread.ref();
  const send = (message: ToWorker) => thread.postMessage(message);
  let ready = warm !== undefined;
  let current: number | null = null;
  const takeNext = () => {
    const next = queue.shift();
    current = next?.[0] ?? null;
    if (next) send({ kind: 'batch', task: run.task, profiles: next[1] });
    else {
      thread.off('message', onMessage).off('error', onError).off('exit', onExit);
      calls.giveBack(thread);
    }
  };
  const begin = () => {
    send({ kind: 'ruleset', ruleset: run.ruleset });
    takeNext();
  };
  const onMessage = (message: FromWorker) => {
    if (message.kind === 'ready') {
      ready = true;
      begin();
    } else if (calls.handIn(current!, message.results)) {
      takeNext();
    }
  };
  const onError = (error: Error) => calls.fail(ready ? error : new WorkerStartError(error));
  const onExit = (code: number) => {
    if (current !== null || !ready) calls.fail(ready ? new Error(`An evaluation worker stopped (exit code ${code}) in the middle of a batch.`) : new WorkerStartError(`exit code ${code}`));
  };
  thread.on('message', onMessage).on('error', onError).on('exit', onExit);
  if (warm) begin();
  return thread;
}
