import type { Catalog } from '../catalog/types';
import type { Profile } from '../profile';
import { resolveAnswers, type ResolvedAnswers } from './answers';
import { rankOptions, type RankedCandidate } from './ranking';
import { rateOptions, type RatedOption, type RatingLookup } from './ratings';
import { activeRules, type ActiveRule } from './rules';
import { isFeasible, scoreOptions } from './scoring';
import { deriveWeights, type Weights } from './weights';

/** The deterministic part of an evaluation: answers → weights, rules, adjusted ratings and the ranking. */
export interface Assessment {
  resolved: ResolvedAnswers;
  weights: Weights;
  active: ActiveRule[];
  /** Every option's ratings adjusted by the active rules, in catalogue order. */
  rated: RatedOption[];
  /** Best first: feasible options, then the ruled-out ones. */
  ranked: RankedCandidate[];
}

export function assess(
  catalog: Catalog,
  answers: Profile['answers'],
  overrides: Profile['weightOverrides'],
  lookup: RatingLookup,
): Assessment {
  const resolved = resolveAnswers(answers, catalog);
  const weights = deriveWeights(catalog, resolved.chosen, overrides);
  const active = activeRules(catalog, resolved.known);
  const rated = rateOptions(catalog, active, lookup);
  return { resolved, weights, active, rated, ranked: rankOptions(scoreOptions(rated, weights.values), weights.values) };
}

/** The feasible option in the lead, or null when the answers rule out every option. */
export function leaderOf({ ranked }: Pick<Assessment, 'ranked'>): RankedCandidate | null {
  const first = ranked[0]!;
  return isFeasible(first) ? first : null;
}
