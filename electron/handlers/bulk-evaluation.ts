import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Ruleset } from '../../shared/house-rules';
import type { Profile } from '../../shared/profile';
import type { EvaluationSummary } from '../store';
import { evaluationSummary } from './profiles';

/** Profiles evaluated between two turns of the event loop: about 15 ms of work at 3.5 ms a profile. */
const sliceSize = 4;

/**
 * The evaluation summaries of a batch of profiles, in their order: the one place a batch is evaluated. Here in
 * the main process, a slice at a time, so the window is answered between two slices; a worker pool
 * (electron/evaluation) is to take its place. Throws, like `evaluationSummary`, on a profile the catalogue refuses.
 */
export async function evaluateBatch(profiles: readonly Profile[], ruleset: Ruleset): Promise<EvaluationSummary[]> {
  const summaries: EvaluationSummary[] = [];
  for (let start = 0; start < profiles.length; start += sliceSize) {
    await nextTurn();
    for (const profile of profiles.slice(start, start + sliceSize)) summaries.push(evaluationSummary(profile, ruleset));
  }
  return summaries;
}
