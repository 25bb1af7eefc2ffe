import { evaluate } from '../engine/evaluate';
import type { EvaluateOptions, Evaluation, Recommendation } from '../engine/types';
import type { Profile } from '../profile';
import { effectsOf } from './effects';
import { answersUnder } from './overlay';
import type { Ruleset } from './ruleset';

/** What a recommendation comes to, for comparing: who leads and whether it is given. */
export type Outcome = Pick<Recommendation, 'status' | 'winner'>;

/**
 * Evaluates a profile under the house rules: the organisation's answers fill in what the profile leaves open,
 * and the evaluation records the rules' name, version and hash, what each entry changed, and what the plain
 * catalogue would recommend.
 */
export function evaluateUnder(profile: Profile, ruleset: Ruleset, options: EvaluateOptions = {}): Evaluation {
  const { catalog, rules, effective } = ruleset;
  if (!rules) return evaluate(profile, catalog, options);
  const evaluation = evaluate({ ...profile, answers: answersUnder(profile.answers, rules) }, effective, options);
  const without = outcomeOf(evaluate(profile, catalog, { ...options, samples: 0 }));
  return { ...evaluation, houseRules: { ...rules.identity, effects: effectsOf(profile, ruleset), without } };
}

/** The recommendation alone: evaluated without the simulation, which moves the confidence but not the outcome. */
export function outcomeUnder(profile: Profile, ruleset: Ruleset): Outcome {
  const { rules, effective } = ruleset;
  return outcomeOf(evaluate({ ...profile, answers: answersUnder(profile.answers, rules) }, effective, { samples: 0 }));
}

function outcomeOf({ recommendation }: Evaluation): Outcome {
  return { status: recommendation.status, winner: recommendation.winner };
}
