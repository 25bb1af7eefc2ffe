import { useMemo } from 'react';
import type { Profile, Provenance } from '../../shared/profile';
import { inferredAnswers } from '../../shared/person-answer';

/**
 * The answers of the profile an import inferred and no person has changed, the same object while they stay the
 * same: a weight slider or typing in the notes leaves the memoised questionnaire alone.
 */
export function useInferredAnswers(profile: Pick<Profile, 'answers' | 'provenance'> | null): Provenance {
  const key = JSON.stringify(profile ? inferredAnswers(profile) : {});
  return useMemo(() => JSON.parse(key) as Provenance, [key]);
}
