import { useCallback, useEffect, useState } from 'react';
import type { ProfileSummary } from '../../shared/api';
import { api } from '../api';
import { useNotify } from '../app/notify';

/** The saved profiles, and a way to read them again after a change; read again too when `version` changes. */
export function useProfiles(version = 0): { profiles: ProfileSummary[] | null; refresh: () => Promise<void> } {
  const notify = useNotify();
  const [profiles, setProfiles] = useState<ProfileSummary[] | null>(null);
  const refresh = useCallback(() => api['profiles.list'](null).then(setProfiles, notify.error), [notify]);
  useEffect(() => {
    void refresh();
  }, [refresh, version]);
  return { profiles, refresh };
}
