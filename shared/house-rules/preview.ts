import type { RuleEffect } from '../engine/types';
import type { Profile } from '../profile';
import { effectsOf } from './effects';
import { outcomeUnder, type Outcome } from './evaluate';
import type { Ruleset } from './ruleset';

export interface ChangedRecommendation {
  profileId: string;
  name: string;
  before: Outcome;
  after: Outcome;
  /** What the rules in force afterwards (or, when unloading, the rules before) do to this workload. */
  why: RuleEffect[];
}

export interface RulesPreview {
  /** The profiles whose recommendation changes, in the order given. */
  changed: ChangedRecommendation[];
  /** The profiles whose signed decision, current under the rules in force, goes stale: it was made under other rules. */
  staleDecisions: { profileId: string; name: string }[];
  /** How many profiles were compared. */
  compared: number;
}

/**
 * Which recommendations change when the rules in force go from `before` to `after` (either may be none).
 * `outcome` works out one profile's outcome under one ruleset; a caller that keeps outcomes it already knows passes
 * its own.
 */
export function previewRules(
  profiles: readonly Profile[],
  before: Ruleset,
  after: Ruleset,
  outcome: (profile: Profile, ruleset: Ruleset) => Outcome = outcomeUnder,
): RulesPreview {
  const explaining = after.rules ? after : before;
  const changed = profiles.flatMap((profile) => {
    const was = outcome(profile, before);
    const becomes = outcome(profile, after);
    if (sameOutcome(was, becomes)) return [];
    return [{ profileId: profile.id, name: profile.name, before: was, after: becomes, why: effectsOf(profile, explaining) }];
  });
  return { changed, staleDecisions: decisionsGoingStale(profiles, before, after), compared: profiles.length };
}

/** Signed decisions made under the rules of `before` that `after` no longer matches (a decision records its rules). */
function decisionsGoingStale(profiles: readonly Profile[], before: Ruleset, after: Ruleset): RulesPreview['staleDecisions'] {
  const hashOf = (ruleset: Ruleset) => ruleset.rules?.identity.hash;
  if (hashOf(before) === hashOf(after)) return [];
  return profiles
    .filter(({ decision }) => decision?.status === 'accepted' && decision.houseRules?.hash === hashOf(before))
    .map(({ id, name }) => ({ profileId: id, name }));
}

export function sameOutcome(a: Outcome, b: Outcome): boolean {
  return a.status === b.status && a.winner === b.winner;
}
