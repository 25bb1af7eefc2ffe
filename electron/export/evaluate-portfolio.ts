import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Evaluation } from '../../shared/engine';
import type { Ruleset } from '../../shared/house-rules';
import type { Profile } from '../../shared/profile';
import { evaluateChecked } from '../handlers/profiles';

/** Profiles evaluated between two turns of the event loop: a full evaluation (with the simulation) takes ~4 ms. */
const sliceSize = 5;

/**
 * Every profile's full evaluation under the rules in force, in order: the one place a portfolio export evaluates
 * (a pool of workers can take over here). Between slices the main process answers the window, which a thousand
 * evaluations in one go would freeze for seconds.
 */
export async function evaluatePortfolio(profiles: readonly Profile[], ruleset: Ruleset): Promise<Evaluation[]> {
  const evaluations: Evaluation[] = [];
  for (let start = 0; start < profiles.length; start += sliceSize) {
    await nextTurn();
    for (const profile of profiles.slice(start, start + sliceSize)) evaluations.push(evaluateChecked(profile, ruleset));
  }
  return evaluations;
}
