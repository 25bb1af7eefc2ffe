import { CodedError, type ProfileSummary } from '../../shared/api';
import { decisionStatus, standingOf } from '../../shared/decision';
import { catalog } from '../../shared/catalog';
import { evaluate } from '../../shared/engine';
import type { EvaluateOptions, Evaluation } from '../../shared/engine/types';
import { suffixedName, type Profile } from '../../shared/profile';
import { checkAnswers } from '../../shared/profile-file';
import { storedSummaryOf } from '../../shared/engine/stored-summary';
import type { EvaluationSummary, ProfileStore } from '../store';

/** Refuses, with PROFILE_INVALID, a profile whose questions or answers the catalogue does not know (the schema cannot). */
export function checkProfile(profile: Profile): void {
  const problem = checkAnswers(profile, catalog);
  if (problem) throw new CodedError({ ...problem, code: 'PROFILE_INVALID' });
}

/** Evaluates a profile after checking its answers against the catalogue. */
export function evaluateChecked(profile: Profile, options: EvaluateOptions = {}): Evaluation {
  checkProfile(profile);
  return evaluate(profile, catalog, options);
}

/** What the library keeps of a profile's evaluation: the recommendation, if the engine gives one, and how its decision stands. */
export function evaluationSummary(profile: Profile): EvaluationSummary {
  const evaluation = evaluateChecked(profile);
  return { ...storedSummaryOf(evaluation.recommendation), decision: standingOf(decisionStatus(profile, evaluation)) };
}

/** Saves a profile with its evaluation summary; the store stamps it with the time of the save. */
export function saveProfile(store: ProfileStore, profile: Profile): Promise<ProfileSummary> {
  return store.save(profile, evaluationSummary(profile));
}

export function duplicateProfile(store: ProfileStore, newId: () => string, id: string): Promise<ProfileSummary> {
  const original = store.get(id);
  return store.duplicate(id, { id: newId(), name: suffixedName(original.name, '(copy)') });
}
