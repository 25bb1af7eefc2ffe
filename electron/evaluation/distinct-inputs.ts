import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Profile } from '../../shared/profile';
import type { ProfileTask } from './tasks';

/** Profiles whose task inputs are equal: one of them is evaluated, and its result is every member's. */
export interface InputGroup {
  profile: Profile;
  /** The positions of the members among the profiles of the run. */
  members: number[];
}

/** Keys worked out between two turns of the event loop: the main process keeps answering the window. */
const keysPerTurn = 500;

/**
 * Groups profiles by their task inputs, in the order each group first appears. The key is the inputs' JSON as the
 * profile holds them (not key-sorted): answers in another order make another key, since the order in which the engine
 * adds things up may move a result in its last bits. Exact before all: equal keys guarantee equal results.
 */
export async function groupByInputs(task: ProfileTask<unknown>, profiles: readonly Profile[], signal: AbortSignal): Promise<InputGroup[]> {
  const groups = new Map<string, InputGroup>();
  for (const [index, profile] of profiles.entries()) {
    if (index % keysPerTurn === 0) {
      await nextTurn();
      signal.throwIfAborted();
    }
    const key = JSON.stringify(task.inputsOf(profile));
    const group = groups.get(key);
    if (group) group.members.push(index);
    else groups.set(key, { profile, members: [index] });
  }
  return [...groups.values()];
}
