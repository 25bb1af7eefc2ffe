import { useEffect, useState } from 'react';
import type { Evaluation } from '../../shared/engine/types';
import type { Profile } from '../../shared/profile';
import { api } from '../api';

export interface Side {
  profile: Profile;
  evaluation: Evaluation;
}

async function load(id: string): Promise<Side> {
  const profile = await api['profiles.get']({ id });
  return { profile, evaluation: await api.evaluate({ profile }) };
}

/** Both profiles and their evaluations, or why they could not be read. */
export function useComparison(a: string, b: string) {
  const [sides, setSides] = useState<[Side, Side] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    Promise.all([load(a), load(b)]).then(
      (loaded) => current && setSides(loaded),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [a, b]);
  return { sides, error };
}
