import { CodedError, type ParsedArgOf } from '../../shared/api';
import { accept, override, type Decided } from '../../shared/decision';
import type { Evaluation } from '../../shared/engine/types';
import type { Ruleset } from '../../shared/house-rules';
import type { Profile } from '../../shared/profile';
import type { ProfileStore } from '../store';
import { evaluateChecked, saveProfile } from './profiles';

export type DecideRequest = ParsedArgOf<'profiles.decide'>;

/** The settings key of the name every decision records as who made it. */
const signerKey = 'signer';

export function readSigner(store: ProfileStore): string | null {
  return store.getSetting(signerKey) ?? null;
}

export async function writeSigner(store: ProfileStore, name: string): Promise<string> {
  await store.setSetting(signerKey, name);
  return name;
}

/**
 * Accepts or overrides the recommendation of the stored profile, evaluated here as the evaluate handler
 * evaluates it, so the decision is made on the saved inputs and not on a window's copy. The profile is saved
 * as a new version: the decision it supersedes stays in its revisions. A refusal saves nothing.
 */
export async function decide(store: ProfileStore, ruleset: Ruleset, request: DecideRequest): Promise<Profile> {
  const profile = store.get(request.id);
  const decided = decision(profile, evaluateChecked(profile, ruleset), request, readSigner(store) ?? '', store.now());
  if (!decided.ok) throw new CodedError(decided.error);
  await saveProfile(store, ruleset, decided.profile);
  return store.get(request.id);
}

function decision(profile: Profile, evaluation: Evaluation, request: DecideRequest, by: string, now: Date): Decided {
  return request.kind === 'accept'
    ? accept(profile, evaluation, by, now, request.option)
    : override(profile, evaluation, request.option, request.justification, by, now);
}
