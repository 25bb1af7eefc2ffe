import { inferredAnswers } from '../person-answer';
import type { Profile } from '../profile';
import { sameProfileContent } from '../profile-file';
import { refreshedNotes } from './notes';

/** What saving an imported workload does to the library: adds it, updates the saved one, or nothing (already present). */
export type RefreshStatus = 'new' | 'update' | 'same';

export interface Refresh {
  status: RefreshStatus;
  /** The profile to save: the imported one when new, else the saved one refreshed. */
  profile: Profile;
}

/**
 * An imported workload against the saved profile of its id (null: none, or in the trash, which the import replaces
 * as new; the trashed version stays in the profile's history).
 */
export function refreshOf(saved: Profile | null, imported: Profile): Refresh {
  if (saved === null) return { status: 'new', profile: imported };
  const profile = refreshed(saved, imported);
  return { status: sameProfileContent(saved, profile) ? 'same' : 'update', profile };
}

/**
 * The saved profile with what the inventory says brought up to date: the notes' inventory part, the group (when
 * the import names one) and every answer no person gave (still the inferred one, or unanswered). A person's
 * answers, weights, decision, name and notes text stay.
 */
function refreshed(saved: Profile, imported: Profile): Profile {
  const stillInferred = inferredAnswers(saved);
  const byPerson = (question: string) => question in saved.answers && !(question in stillInferred);
  const person = <T>(record: Record<string, T> | undefined) => Object.entries(record ?? {}).filter(([question]) => byPerson(question));
  const inventory = <T>(record: Record<string, T> | undefined) => Object.entries(record ?? {}).filter(([question]) => !byPerson(question));
  const provenance = Object.fromEntries([...inventory(imported.provenance), ...person(saved.provenance)]);
  return {
    ...saved,
    answers: Object.fromEntries([...inventory(imported.answers), ...person(saved.answers)]),
    provenance: Object.keys(provenance).length > 0 ? provenance : undefined,
    notes: refreshedNotes(saved.notes, imported.notes),
    ...(imported.group === undefined ? {} : { group: imported.group }),
  };
}
