import { CodedError, type ProfileSummary } from '../../shared/api';
import { storedSummaryOf } from '../../shared/engine/stored-summary';
import type { EvaluateOptions, Evaluation } from '../../shared/engine/types';
import { evaluateUnder, type Ruleset } from '../../shared/house-rules';
import { suffixedName, type Profile } from '../../shared/profile';
import { checkAnswers } from '../../shared/profile-file';
import type { EvaluationSummary, ProfileStore } from '../store';

/**
 * Refuses, with PROFILE_INVALID, a profile whose questions or answers the catalogue under the rules in force does
 * not know (the schema cannot).
 */
export function checkProfile(profile: Profile, ruleset: Ruleset): void {
  const problem = checkAnswers(profile, ruleset.effective);
  if (problem) throw new CodedError({ ...problem, code: 'PROFILE_INVALID' });
}

/** Evaluates a profile under the rules in force after checking its answers against their catalogue. */
export function evaluateChecked(profile: Profile, ruleset: Ruleset, options: EvaluateOptions = {}): Evaluation {
  checkProfile(profile, ruleset);
  return evaluateUnder(profile, ruleset, options);
}

/** What the library keeps of a profile's evaluation: the recommendation, if the engine gives one. */
export function evaluationSummary(profile: Profile, ruleset: Ruleset): EvaluationSummary {
  return storedSummaryOf(evaluateChecked(profile, ruleset).recommendation);
}

/**
 * Saves a profile with its evaluation summary, stamped with the rules in force (or none), so wherever the profile
 * goes it says which rules it was decided under; the store stamps it with the time of the save.
 */
export function saveProfile(store: ProfileStore, ruleset: Ruleset, profile: Profile): Promise<ProfileSummary> {
  // Undefined under the plain catalogue: the stored JSON then has no houseRules at all.
  const stamped: Profile = { ...profile, houseRules: ruleset.rules?.identity };
  return store.save(stamped, evaluationSummary(stamped, ruleset));
}

export function duplicateProfile(store: ProfileStore, newId: () => string, id: string): Promise<ProfileSummary> {
  const original = store.get(id);
  return store.duplicate(id, { id: newId(), name: suffixedName(original.name, '(copy)') });
}
