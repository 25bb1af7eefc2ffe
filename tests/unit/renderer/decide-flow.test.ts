import { describe, expect, it, vi } from 'vitest';
import { CodedError } from '../../../shared/api/errors';
import type { Client } from '../../../shared/api/client';
import type { Profile } from '../../../shared/profile';
import { attemptDecision, signAndDecide, type DecisionClient } from '../../../renderer/decision/decide-flow';

const id = '6f1c2f6e-2f4b-4f7e-9a55-1d1c0a4f1b11';
const decidedProfile = { id, name: 'Edge gateways' } as Profile;

/** A client that answers as the main process would: the decided profile, or a coded refusal. */
function fakeClient(refusal: CodedError | null = null) {
  const calls: string[] = [];
  const client = {
    'profiles.decide': vi.fn<Client['profiles.decide']>(async (request) => {
      calls.push(`decide ${request.kind}`);
      if (refusal) throw refusal;
      return decidedProfile;
    }),
    'settings.signer.set': vi.fn<Client['settings.signer.set']>(async ({ name }) => {
      calls.push(`sign ${name}`);
      return name;
    }),
  } satisfies DecisionClient;
  const flush = vi.fn(async () => {
    calls.push('flush');
  });
  return { client, flush, calls };
}

describe('a decision from the window', () => {
  it('saves pending edits first, then asks the main process to decide on the stored profile', async () => {
    const { client, flush, calls } = fakeClient();
    const attempt = await attemptDecision(client, id, { kind: 'accept' }, 'Ada', flush);
    expect(attempt).toEqual({ outcome: 'decided', profile: decidedProfile });
    expect(calls).toEqual(['flush', 'decide accept']);
    expect(client['profiles.decide']).toHaveBeenCalledWith({ id, kind: 'accept' });
  });

  it('asks for the user’s name before anything is sent, the first time', async () => {
    const { client, flush, calls } = fakeClient();
    expect(await attemptDecision(client, id, { kind: 'accept' }, null, flush)).toEqual({ outcome: 'needs-signer' });
    expect(calls).toEqual([]);
  });

  it('keeps the name given, then makes the decision that waited for it', async () => {
    const { client, flush, calls } = fakeClient();
    const request = { kind: 'override', option: 'vm', justification: 'Audit asks for VMs.' } as const;
    const signed = await signAndDecide(client, 'Ada', (by) => attemptDecision(client, id, request, by, flush));
    expect(signed).toEqual({ signer: 'Ada', attempt: { outcome: 'decided', profile: decidedProfile } });
    expect(calls).toEqual(['sign Ada', 'flush', 'decide override']);
  });

  it('turns a refusal into its code and sentence for the form', async () => {
    const refusal = new CodedError({ code: 'justification-required', message: 'An override needs a written justification.' });
    const { client, flush } = fakeClient(refusal);
    const attempt = await attemptDecision(client, id, { kind: 'override', option: 'vm', justification: '' }, 'Ada', flush);
    expect(attempt).toEqual({ outcome: 'refused', code: 'justification-required', message: 'An override needs a written justification.' });
  });
});
