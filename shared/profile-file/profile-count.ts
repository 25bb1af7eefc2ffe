import { fileError, type ProfileFileError } from './errors';
import { fileLimits } from './limits';

/** Counted before the schema runs, so an oversized list is refused before any entry is validated. */
export function countProfiles(document: Readonly<Record<string, unknown>>): ProfileFileError | null {
  const profiles = document['profiles'];
  if (!Array.isArray(profiles) || profiles.length <= fileLimits.maxProfiles) return null;
  const message = `The file holds ${profiles.length} profiles; one file may hold at most ${fileLimits.maxProfiles}.`;
  return fileError('too-many-profiles', message, { path: '$.profiles' });
}
