import { CodedError, type ErrorCode } from '../../shared/api/errors';
import type { Client } from '../../shared/api/client';
import type { Profile } from '../../shared/profile';
import { describeError } from '../app/errors';

/** What the architect asks for: the recommendation accepted, or another option with the reason why. */
export type DecisionRequest = { kind: 'accept'; option?: string } | { kind: 'override'; option: string; justification: string };

export type DecisionClient = Pick<Client, 'profiles.decide' | 'settings.signer.set'>;

/** How an attempt ended: decided, waiting for the user's name, or refused with a coded reason. */
export type Attempt =
  | { outcome: 'decided'; profile: Profile }
  | { outcome: 'needs-signer' }
  | { outcome: 'refused'; code: ErrorCode; message: string };

/**
 * Records the decision in the main process, on the stored profile: pending edits are saved first (`flush`), so
 * the decision is made on what the user sees. Without a name to sign with, nothing is sent: the user is asked.
 */
export async function attemptDecision(
  client: DecisionClient,
  id: string,
  request: DecisionRequest,
  signer: string | null,
  flush: () => Promise<void>,
): Promise<Attempt> {
  if (!signer) return { outcome: 'needs-signer' };
  try {
    await flush();
    return { outcome: 'decided', profile: await client['profiles.decide']({ id, ...request }) };
  } catch (error) {
    return { outcome: 'refused', code: error instanceof CodedError ? error.code : 'internal', message: describeError(error) };
  }
}

/** Keeps the name the user signs with (asked once), then makes the decision that was waiting for it. */
export async function signAndDecide(
  client: DecisionClient,
  name: string,
  decide: (signer: string) => Promise<Attempt>,
): Promise<{ signer: string | null; attempt: Attempt }> {
  try {
    const signer = await client['settings.signer.set']({ name });
    return { signer, attempt: await decide(signer) };
  } catch (error) {
    return { signer: null, attempt: { outcome: 'refused', code: 'signer-required', message: describeError(error) } };
  }
}
