import { useEffect, useState } from 'react';
import type { Evaluation } from '../../shared/engine/types';
import type { Profile } from '../../shared/profile';
import { api } from '../api';

export interface ReportEntry {
  profile: Profile;
  evaluation: Evaluation;
}

export type ReportData = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; entries: ReportEntry[] };

/** Loads and evaluates every profile of the report through the main process, as the screen does. */
export function useReportData(ids: string[]): ReportData {
  const [data, setData] = useState<ReportData>({ state: 'loading' });
  const key = ids.join(',');
  useEffect(() => {
    let current = true;
    Promise.all(
      key.split(',').map(async (id) => {
        const profile = await api['profiles.get']({ id });
        return { profile, evaluation: await api.evaluate({ profile }) };
      }),
    ).then(
      (entries) => current && setData({ state: 'ready', entries }),
      (error: unknown) => current && setData({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return data;
}
