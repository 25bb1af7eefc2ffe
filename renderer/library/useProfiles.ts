import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProfileSummary } from '../../shared/api';
import { api } from '../api';
import { useNotify } from '../app/notify';
import { parseRoute } from '../app/router';

/**
 * When the window opens on the library, its first list is asked for as the window starts (`openLibraryEarly`, right
 * after the catalogue, which the first screen waits for), not after the first render of the screen; the library is
 * then the first screen to mount, and takes it. When the list has arrived by then, the first render already shows it.
 */
let opening: Promise<ProfileSummary[]> | null = null;
let opened: ProfileSummary[] | null = null;

export function openLibraryEarly(): void {
  if (parseRoute(location.hash).name !== 'library') return;
  const list = api['profiles.list'](null);
  opening = list;
  // A failure is reported where the list is taken; until then it is not an unhandled rejection.
  list.then(
    (answer) => {
      if (opening === list) opened = answer; // not taken yet
    },
    () => undefined,
  );
}

function takeOpening(): Promise<ProfileSummary[]> | null {
  const list = opening;
  opening = null;
  opened = null;
  return list;
}

/** The saved profiles, and a way to read them again after a change; read again too when `version` changes. */
export function useProfiles(version = 0): { profiles: ProfileSummary[] | null; refresh: () => Promise<void> } {
  const notify = useNotify();
  const [profiles, setProfiles] = useState<ProfileSummary[] | null>(() => opened);
  // Reads overlap (an import, a delete, a rename): only the newest request's answer is shown.
  const latest = useRef(0);
  const show = useCallback(
    (list: Promise<ProfileSummary[]>) => {
      const request = ++latest.current;
      return list.then((answer) => {
        if (request === latest.current) setProfiles(answer);
      }, notify.error);
    },
    [notify],
  );
  const refresh = useCallback(() => show(api['profiles.list'](null)), [show]);
  useEffect(() => {
    void show(takeOpening() ?? api['profiles.list'](null));
  }, [show, version]);
  return { profiles, refresh };
}
