import { useCallback, useEffect, useState } from 'react';
import type { ProfileSummary } from '../../shared/api';
import { api } from '../api';
import { useNotify } from '../app/notify';

/** The saved profiles, and a way to read them again after a change. */
export function useProfiles(): { profiles: ProfileSummary[] | null; refresh: () => Promise<void> } {
  const notify = useNotify();
  const [profiles, setProfiles] = useState<ProfileSummary[] | null>(null);
  const refresh = useCallback(() => api['profiles.list'](null).then(setProfiles, notify.error), [notify]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { profiles, refresh };
}
