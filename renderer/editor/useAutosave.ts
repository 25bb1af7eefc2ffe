import { useCallback, useEffect, useRef, useState } from 'react';
import type { Profile } from '../../shared/profile';
import { api } from '../api';
import { useNotify } from '../app/notify';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed' | 'read-only';

const debounceMs = 600;

/**
 * Saves the profile a moment after the last change, one save at a time; leaving the screen saves at once.
 * A read-only store saves nothing: the user may still explore what-ifs.
 */
export function useAutosave(onSaved: () => void, readOnly: boolean) {
  const notify = useNotify();
  const [status, setStatus] = useState<SaveStatus>('saved');
  const pending = useRef<Profile | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const savedCallback = useRef(onSaved);
  savedCallback.current = onSaved;

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const profile = pending.current;
    if (!profile) return chain.current;
    pending.current = null;
    setStatus('saving');
    chain.current = chain.current.then(() =>
      api['profiles.save']({ profile }).then(
        () => {
          if (pending.current) return;
          setStatus('saved');
          savedCallback.current();
        },
        (error: unknown) => {
          setStatus('failed');
          notify.error(error);
        },
      ),
    );
    return chain.current;
  }, [notify]);

  const schedule = useCallback(
    (profile: Profile) => {
      if (readOnly) return setStatus('read-only');
      pending.current = profile;
      setStatus('unsaved');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), debounceMs);
    },
    [flush, readOnly],
  );

  useEffect(() => () => void flush(), [flush]);

  return { status, schedule, flush };
}
