import { availableParallelism } from 'node:os';
import type { Ruleset } from '../../shared/house-rules';
import type { Profile } from '../../shared/profile';
import { groupByInputs, type InputGroup } from './distinct-inputs';
import { runInProcess } from './in-process';
import { runInWorkers, WorkerStartError } from './in-workers';
import { profileTasks, type TaskName, type TaskResult } from './tasks';
import type { StartWorker } from './worker-entry';

/** Distinct profiles a batch: a few hundred milliseconds of work, so progress moves and threads share the work evenly. */
const batchSize = 100;
/** Beyond this many threads a run of the library gains little and costs memory. */
const maxWorkers = 8;

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

  constructor(
    private readonly startWorker: StartWorker,
    /** How many worker threads a run starts at most. */
    readonly size = Math.max(1, Math.min(availableParallelism(), maxWorkers)),
  ) {}

  /** The task's result for each profile, in the order of the profiles. */
  async run<Name extends TaskName>(name: Name, profiles: readonly Profile[], ruleset: Ruleset, options: PoolRunOptions): Promise<TaskResult<Name>[]> {
    const groups = await groupByInputs(profileTasks[name], profiles, options.signal);
    const batches = batchesOf(groups);
    const results: TaskResult<Name>[] = new Array(profiles.length);
    let done = 0;
    const onBatch = (index: number, batchResults: unknown[]) => {
      batches.delete(index);
      groupsOf(groups, index).forEach(({ members }, position) => {
        for (const member of members) results[member] = batchResults[position] as TaskResult<Name>;
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
        return await runInWorkers({ start: this.startWorker, workers: Math.min(this.size, batches.size), task, ruleset, batches, signal, onBatch });
      } catch (error) {
        if (!(error instanceof WorkerStartError)) throw error;
        this.unavailable = error;
        console.warn(`${error.message}. Hostwise evaluates in the main process instead, a profile at a time.`);
      }
    }
    // The batches a thread handed in before another failed to start are done: only the rest are left.
    await runInProcess(profileTasks[task], ruleset, batches, signal, onBatch);
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
