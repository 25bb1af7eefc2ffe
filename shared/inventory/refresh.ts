import { inferredAnswers } from '../person-answer';
import type { Profile } from '../profile';
import { sameProfileContent } from '../profile-file';
import { refreshedNotes } from './notes';

/** What saving an imported workload does to the library: adds it, updates the saved one, or nothing (already present). */
export type RefreshStatus = 'new' | 'update' | 'same';

/** What an update changes in the saved workload: the answers to these questions, its group, its servers and sizes. */
export interface RefreshChanges {
  answers: string[];
  group: boolean;
  /** The inventory's part of the notes: its servers, their sizes and details. */
  servers: boolean;
}

export interface Refresh {
  status: RefreshStatus;
  /** The profile to save: the imported one when new, else the saved one refreshed. */
  profile: Profile;
  /** What an update changes; null unless the status is `update`. */
  changes: RefreshChanges | null;
}

/**
 * An imported workload against the saved profile of its id (null: none, or in the trash, which the import replaces
 * as new; the trashed version stays in the profile's history).
 */
export function refreshOf(saved: Profile | null, imported: Profile): Refresh {
  if (saved === null) return { status: 'new', profile: imported, changes: null };
  const profile = refreshed(saved, imported);
  if (sameProfileContent(saved, profile)) return { status: 'same', profile, changes: null };
  return { status: 'update', profile, changes: changesOf(saved, profile) };
}

function changesOf(saved: Profile, refreshedProfile: Profile): RefreshChanges {
  const questions = new Set([...Object.keys(saved.answers), ...Object.keys(refreshedProfile.answers)]);
  return {
    answers: [...questions].filter((question) => saved.answers[question] !== refreshedProfile.answers[question]),
    group: (saved.group ?? null) !== (refreshedProfile.group ?? null),
    servers: saved.notes !== refreshedProfile.notes,
  };
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
