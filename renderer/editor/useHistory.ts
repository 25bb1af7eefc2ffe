import { useCallback, useState } from 'react';
import type { RevisionSummary } from '../../shared/api';
import { api } from '../api';
import { useNotify } from '../app/notify';

/** The earlier versions of a profile, newest first as the store lists them; read when `refresh` is called. */
export function useHistory(id: string) {
  const notify = useNotify();
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const refresh = useCallback(() => {
    api['profiles.history']({ id }).then(setRevisions, notify.error);
  }, [id, notify]);
  return { revisions, refresh };
}
