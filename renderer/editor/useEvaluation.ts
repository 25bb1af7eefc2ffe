import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Evaluation } from '../../shared/engine/types';
import type { Profile } from '../../shared/profile';
import { api } from '../api';
import { useNotify } from '../app/notify';

/**
 * The evaluation of the latest profile. One request is in flight at a time and changes made meanwhile
 * coalesce into the next one; a response is applied only when no newer profile is waiting, so it is never stale.
 */
export function useEvaluation(): { evaluation: Evaluation | null; evaluate: (profile: Profile) => void } {
  const notify = useNotify();
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const waiting = useRef<Profile | null>(null);
  const busy = useRef(false);
  const alive = useRef(true);

  const pump = useCallback(() => {
    const profile = waiting.current;
    if (busy.current || !profile || !alive.current) return;
    waiting.current = null;
    busy.current = true;
    api
      .evaluate({ profile })
      .then((result) => {
        // Rendered in this task, effects included (charts move their data into their stores in effects), so
        // the new evaluation is on screen at the next frame rather than after the scheduler's next turns.
        if (alive.current && !waiting.current) flushSync(() => setEvaluation(result));
      }, notify.error)
      .finally(() => {
        busy.current = false;
        pump();
      });
  }, [notify]);

  const evaluate = useCallback(
    (profile: Profile) => {
      waiting.current = profile;
      pump();
    },
    [pump],
  );

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  return { evaluation, evaluate };
}
