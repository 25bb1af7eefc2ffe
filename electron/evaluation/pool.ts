import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Ruleset } from '../../shared/house-rules';
import type { Profile } from '../../shared/profile';
import { groupByInputs, type InputGroup } from './distinct-inputs';
import { runInProcess } from './in-process';
import { runInWorkers, WorkerStartError } from './in-workers';
import { profileTasks, type TaskName, type TaskResult } from './tasks';
import type { StartWorker } from './worker-entry';
import { warmUpProfiles } from './warm-up';

/** Distinct profiles a batch: a few hundred milliseconds of work, so progress moves and threads share the work evenly. */
const batchSize = 100;
/** Beyond this many threads a run of the library gains little and costs memory. */
const maxWorkers = 8;

/** A run's options, with `onResult` typed by its task. */
type RunOptions<Name extends TaskName> = PoolRunOptions & { onResult?: (index: number, result: TaskResult<Name>) => void };

export interface PoolRunOptions {
  /** A run aborted stops at once: its threads end, it rejects with the signal's reason and nothing is returned. */
  signal: AbortSignal;
  /** How many of the profiles have their result, after each batch. */
  onProgress?: (done: number) => void;
}

/**
 * Runs a task of `profileTasks` over many profiles on worker threads, off the main process's event loop, so the
 * window is served meanwhile. Profiles with equal inputs are evaluated once. Where threads cannot start, it says why
 * once and works in this thread, a profile a turn.
 */
export class EvaluationPool {
  private unavailable: WorkerStartError | null = null;
  /** Threads kept loaded between runs (they do not keep the process alive), so a run starts on warm ones. */
  private readonly warm: Worker[] = [];
  private readonly watched = new WeakSet<Worker>();
  private warming: Promise<void> | null = null;
  /** Runs under way. */
  private active = 0;
  private readonly closing = new AbortController();

  constructor(
    private readonly startWorker: StartWorker,
    /** How many worker threads a run starts at most. */
    readonly size = Math.max(1, Math.min(availableParallelism(), maxWorkers)),
  ) {}

  /**
   * The task's result for each profile, in the order of the profiles; `onResult` has each as soon as its batch is
   * done (in no particular order), so a caller can use the first while the rest are worked out.
   */
  async run<Name extends TaskName>(
    name: Name,
    profiles: readonly Profile[],
    ruleset: Ruleset,
    options: RunOptions<Name>,
  ): Promise<TaskResult<Name>[]> {
    // A warm-up under way holds the threads this run would start: they are the run's once it is done.
    if (this.warming) await settledOrAborted(this.warming, options.signal);
    this.active += 1;
    try {
      return await this.runNow(name, profiles, ruleset, options);
    } finally {
      this.active -= 1;
    }
  }

  private async runNow<Name extends TaskName>(
    name: Name,
    profiles: readonly Profile[],
    ruleset: Ruleset,
    options: RunOptions<Name>,
  ): Promise<TaskResult<Name>[]> {
    const groups = await groupByInputs(profileTasks[name], profiles, options.signal);
    const batches = batchesOf(groups);
    const results: TaskResult<Name>[] = new Array(profiles.length);
    let done = 0;
    const onBatch = (index: number, batchResults: unknown[]) => {
      batches.delete(index);
      groupsOf(groups, index).forEach(({ members }, position) => {
        for (const member of members) {
          results[member] = batchResults[position] as TaskResult<Name>;
          options.onResult?.(member, results[member]);
        }
        done += members.length;
      });
      options.onProgress?.(done);
    };
    await this.evaluate(name, ruleset, batches, options.signal, onBatch);
    return results;
  }

  private async evaluate(
    task: TaskName,
    ruleset: Ruleset,
    batches: Map<number, Profile[]>,
    signal: AbortSignal,
    onBatch: (index: number, results: unknown[]) => void,
  ): Promise<void> {
    if (batches.size === 0) return;
    if (!this.unavailable) {
      try {
        const workers = Math.min(this.size, batches.size);
        return await runInWorkers({ start: this.startWorker, workers, task, ruleset, batches, signal, onBatch, warm: this.warm, keep: (thread) => this.keep(thread) });
      } catch (error) {
        if (!(error instanceof WorkerStartError)) throw error;
        this.unavailable = error;
        console.warn(`${error.message}. Hostwise evaluates in the main process instead, a profile at a time.`);
      }
    }
    // The batches a thread handed in before another failed to start are done: only the rest are left.
    await runInProcess(profileTasks[task], ruleset, batches, signal, onBatch);
  }

  /**
   * Starts the threads and runs a batch of varied profiles on each, once per pool, so that a run soon after starts on
   * loaded, optimised engine code (a first run on fresh threads takes about twice as long). Best effort: it never
   * fails, never works in this thread, and does nothing while a run (which warms its own threads) is under way.
   */
  warmUp(ruleset: Ruleset): Promise<void> {
    if (this.warming === null && this.active === 0 && this.unavailable === null) {
      const profiles = warmUpProfiles(ruleset, this.size * batchSize);
      const batches = new Map(Array.from({ length: this.size }, (_, index) => [index, profiles.slice(index * batchSize, (index + 1) * batchSize)] as const));
      this.warming = runInWorkers({
        start: this.startWorker,
        workers: this.size,
        task: 'summary',
        ruleset,
        batches,
        signal: this.closing.signal,
        onBatch: () => undefined,
        warm: this.warm,
        keep: (thread) => this.keep(thread),
      }).catch(() => undefined);
    }
    return this.warming ?? Promise.resolve();
  }

  /** Stops a warm-up under way, then ends the threads kept between runs. */
  async close(): Promise<void> {
    this.closing.abort();
    await this.warming;
    await Promise.all(this.warm.splice(0).map((thread) => thread.terminate()));
  }

  /** Keeps a thread a run is done with, up to the pool's size (two runs at once start more): others end. */
  private keep(thread: Worker): void {
    if (this.warm.length >= this.size) return void thread.terminate();
    thread.unref();
    this.warm.push(thread);
    if (this.watched.has(thread)) return;
    this.watched.add(thread);
    // A kept thread that stops (it should not) leaves the pool rather than take a run's batch to nowhere.
    thread.once('exit', () => {
      const at = this.warm.indexOf(thread);
      if (at >= 0) this.warm.splice(at, 1);
    });
  }
}

/** Resolves when `work` settles, or rejects with the signal's reason as soon as the signal is aborted. */
async function settledOrAborted(work: Promise<void>, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  let stopListening = () => undefined as void;
  const aborted = new Promise<never>((_, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    stopListening = () => signal.removeEventListener('abort', onAbort);
  });
  try {
    await Promise.race([work, aborted]);
  } finally {
    stopListening();
  }
}

function batchesOf(groups: readonly InputGroup[]): Map<number, Profile[]> {
  const batches = new Map<number, Profile[]>();
  for (let start = 0; start < groups.length; start += batchSize) {
    batches.set(start / batchSize, groupsOf(groups, start / batchSize).map(({ profile }) => profile));
  }
  return batches;
}

function groupsOf(groups: readonly InputGroup[], batch: number): readonly InputGroup[] {
  return groups.slice(batch * batchSize, (batch + 1) * batchSize);
}
