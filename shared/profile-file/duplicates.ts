import type { Profile } from '../profile';
import { fileError, type ProfileFileError } from './errors';
import { formatPath } from './json-path';

/** Two profiles with one id in one file: an import could not tell which one is meant. */
export function findDuplicateId(profiles: readonly Profile[]): ProfileFileError | null {
  const firstIndex = new Map<string, number>();
  for (const [index, profile] of profiles.entries()) {
    const first = firstIndex.get(profile.id);
    if (first !== undefined) {
      const message = `Profiles ${first + 1} and ${index + 1} have the same id ${profile.id}; each profile in a file needs its own.`;
      return fileError('duplicate-profile-id', message, { path: formatPath(['profiles', index, 'id']) });
    }
    firstIndex.set(profile.id, index);
  }
  return null;
}
