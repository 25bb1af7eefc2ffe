import { CodedError, type ProfileSummary } from '../../shared/api';
import { catalog } from '../../shared/catalog';
import { evaluate } from '../../shared/engine';
import type { EvaluateOptions, Evaluation } from '../../shared/engine/types';
import { suffixedName, type Profile } from '../../shared/profile';
import { checkAnswers } from '../../shared/profile-file';
import type { ProfileStore } from '../store';
import type { ClockPort } from '../ports';

/** Evaluates a profile after checking its answers against the catalogue (the schema cannot know them). */
export function evaluateChecked(profile: Profile, options: EvaluateOptions = {}): Evaluation {
  const problem = checkAnswers(profile, catalog);
  if (problem) throw new CodedError({ ...problem, code: 'PROFILE_INVALID' });
  return evaluate(profile, catalog, options);
}

/** Saves a profile with its evaluation summary, stamped with the time of the save. */
export function saveProfile(store: ProfileStore, clock: ClockPort, profile: Profile): Promise<ProfileSummary> {
  const stamped = { ...profile, updatedAt: clock.now().toISOString() };
  return store.save(stamped, evaluateChecked(stamped).recommendation);
}

export function duplicateProfile(store: ProfileStore, newId: () => string, id: string): Promise<ProfileSummary> {
  const original = store.get(id);
  return store.duplicate(id, { id: newId(), name: suffixedName(original.name, '(copy)') });
}
