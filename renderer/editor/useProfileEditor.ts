import { useCallback, useEffect, useRef, useState } from 'react';
import type { Profile } from '../../shared/profile';
import { api } from '../api';
import { useReloadCatalog } from '../catalog/CatalogProvider';
import { useNotify } from '../app/notify';
import { useReadOnly } from '../app/store-status';
import { useAutosave } from './useAutosave';
import { useEvaluation } from './useEvaluation';
import { useHistory } from './useHistory';

export type ProfileChange = (profile: Profile) => Profile;

/** One profile being edited: load, change (saved and evaluated after), history and restore. */
export function useProfileEditor(id: string) {
  const notify = useNotify();
  const [profile, setProfile] = useState<Profile | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  /** Bumped when the profile is replaced from outside the form (load, restore), so drafts start over. */
  const [generation, setGeneration] = useState(0);
  const latest = useRef<Profile | null>(null);
  const { revisions, refresh: refreshHistory } = useHistory(id);
  const readOnly = useReadOnly();
  const { status: saveStatus, schedule, flush } = useAutosave(refreshHistory, readOnly);
  const { evaluation, evaluate } = useEvaluation();
  const reloadCatalog = useReloadCatalog();

  // The house rules may have changed while the window was away (accepted or unloaded in another browser tab): back
  // in it, the catalogue is fetched and the profile evaluated again, so the questions, the marker and the decision
  // show the rules in force and not the ones of the last visit.
  useEffect(() => {
    const again = () => {
      if (document.visibilityState !== 'visible' || !latest.current) return;
      reloadCatalog();
      evaluate(latest.current);
    };
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [evaluate, reloadCatalog]);

  const replace = useCallback(
    (next: Profile) => {
      latest.current = next;
      setProfile(next);
      setGeneration((g) => g + 1);
      evaluate(next);
    },
    [evaluate],
  );

  useEffect(() => {
    api['profiles.get']({ id }).then((loaded) => {
      replace(loaded);
      refreshHistory();
    }, setLoadError);
  }, [id, replace, refreshHistory]);

  // Several changes may land before React renders again (a slider fires on every pixel): build on the latest.
  const change = useCallback(
    (update: ProfileChange) => {
      if (!latest.current) return;
      const next = update(latest.current);
      latest.current = next;
      setProfile(next);
      evaluate(next);
      schedule(next);
    },
    [evaluate, schedule],
  );

  /** Takes a version the main process saved (a restored revision, a decision), with its place in the history. */
  const adopt = useCallback(
    (saved: Profile) => {
      replace(saved);
      refreshHistory();
    },
    [replace, refreshHistory],
  );

  const restore = useCallback(
    async (revisionId: number) => {
      try {
        await flush();
        adopt(await api['profiles.restoreRevision']({ id, revisionId }));
        notify.toast('Revision restored.');
      } catch (error) {
        notify.error(error);
      }
    },
    [flush, adopt, id, notify],
  );

  return { profile, loadError, generation, evaluation, change, restore, adopt, flush, saveStatus, revisions };
}
