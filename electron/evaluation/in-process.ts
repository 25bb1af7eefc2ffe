import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Ruleset } from '../../shared/house-rules';
import type { Profile } from '../../shared/profile';
import type { ProfileTask } from './tasks';

/** Runs the batches in this thread, one profile a turn of the event loop, where worker threads cannot start. */
export async function runInProcess(
  task: ProfileTask<unknown>,
  ruleset: Ruleset,
  batches: ReadonlyMap<number, Profile[]>,
  signal: AbortSignal,
  onBatch: (index: number, results: unknown[]) => void,
): Promise<void> {
  for (const [index, batch] of batches) {
    const results: unknown[] = [];
    for (const profile of batch) {
      await nextTurn();
      signal.throwIfAborted();
      results.push(task.run(profile, ruleset));
    }
    onBatch(index, results);
  }
}
