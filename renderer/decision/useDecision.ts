import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../../shared/api/client';
import type { ErrorCode } from '../../shared/api/errors';
import type { Profile } from '../../shared/profile';
import { api } from '../api';
import { attemptDecision, signAndDecide, type Attempt, type DecisionRequest } from './decide-flow';

export interface DecisionOptions {
  id: string;
  /** Saves the editor's pending changes. */
  flush: () => Promise<void>;
  /** Takes the profile as the main process saved it with its decision. */
  onDecided: (profile: Profile) => void;
  client?: Pick<Client, 'profiles.decide' | 'profiles.get' | 'settings.signer.get' | 'settings.signer.set'>;
}

/** Refusals that mean main evaluated the profile otherwise than the window shows it. */
const evaluatedAnew: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['recommendation-changed', 'nothing-to-accept']);

/**
 * Accept and override for one profile: the name the user signs with (asked for the first time they decide),
 * the request waiting for it, and the refusal of the last attempt, to show beside the form.
 */
export function useDecision({ id, flush, onDecided, client = api }: DecisionOptions) {
  const [signer, setSigner] = useState<string | null>(null);
  const [waiting, setWaiting] = useState<DecisionRequest | null>(null);
  const [refusal, setRefusal] = useState<{ code: ErrorCode; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    client['settings.signer.get'](null).then(setSigner, () => setSigner(null));
  }, [client]);

  const settle = useCallback(
    (request: DecisionRequest, attempt: Attempt) => {
      setWaiting(attempt.outcome === 'needs-signer' ? request : null);
      setRefusal(attempt.outcome === 'refused' ? { code: attempt.code, message: attempt.message } : null);
      if (attempt.outcome === 'decided') onDecided(attempt.profile);
      // The window showed another recommendation than main's (the rules changed in another window, say): the
      // stored profile is taken again, so the screen evaluates it afresh and shows what an accept would sign.
      if (attempt.outcome === 'refused' && evaluatedAnew.has(attempt.code)) client['profiles.get']({ id }).then(onDecided, () => undefined);
    },
    [onDecided, client, id],
  );

  const run = useCallback(
    async (request: DecisionRequest, work: () => Promise<Attempt>) => {
      setBusy(true);
      try {
        settle(request, await work());
      } finally {
        setBusy(false);
      }
    },
    [settle],
  );

  const decide = useCallback(
    (request: DecisionRequest) => run(request, () => attemptDecision(client, id, request, signer, flush)),
    [run, client, id, signer, flush],
  );

  const sign = useCallback(
    async (name: string) => {
      if (!waiting) return;
      await run(waiting, async () => {
        const signed = await signAndDecide(client, name, (by) => attemptDecision(client, id, waiting, by, flush));
        if (signed.signer) setSigner(signed.signer);
        return signed.attempt;
      });
    },
    [run, waiting, client, id, flush],
  );

  return { signer, waiting, refusal, busy, decide, sign, cancelSigning: () => setWaiting(null), clearRefusal: () => setRefusal(null) };
}
