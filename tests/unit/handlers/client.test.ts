import { describe, expect, it } from 'vitest';
import { CodedError, createClient, type Client, type Invoke } from '../../../shared/api';
import { profileLike, startApp } from './support';

/** The renderer's typed client over the real handlers, as the preload would carry its calls. */
async function clientOverHandlers(): Promise<{ client: Client; invoke: Invoke }> {
  const app = await startApp();
  const invoke: Invoke = (channel, arg) => app.handlers[channel as keyof typeof app.handlers](arg);
  return { client: createClient(invoke), invoke };
}

/** The CodedError a call throws. */
async function thrown(call: Promise<unknown>): Promise<CodedError> {
  const error: unknown = await call.then(() => null, (reason: unknown) => reason);
  if (error instanceof CodedError) return error;
  throw new Error(`expected a CodedError, got ${String(error)}`);
}

describe('createClient over the real handlers', () => {
  it('returns the values of successful calls', async () => {
    const { client } = await clientOverHandlers();
    const profile = profileLike(0);
    const summary = await client['profiles.save']({ profile });
    expect(summary).toMatchObject({ id: profile.id, name: profile.name });
    expect(await client['profiles.list'](null)).toEqual([summary]);
    expect((await client['profiles.get']({ id: profile.id })).answers).toEqual(profile.answers);
  });

  it('throws a CodedError with the code, message and details of a failed call', async () => {
    const { client } = await clientOverHandlers();
    const error = await thrown(client['profiles.rename']({ id: profileLike(0).id, name: 'Renamed' }));
    expect(error).toMatchObject({ name: 'CodedError', code: 'profile-not-found', message: 'This profile is no longer in your saved profiles.' });
    expect(error.details).toEqual({ id: expect.any(String) });
  });

  it('throws invalid-argument for an argument the types would not allow', async () => {
    const { client } = await clientOverHandlers();
    const error = await thrown(client.evaluate({ profile: profileLike(0), samples: -5 }));
    expect(error.code).toBe('invalid-argument');
    expect(error.details).toEqual([{ path: 'samples', message: expect.any(String) }]);
  });

  it('throws the read-only refusal of a second instance', async () => {
    const owner = await startApp();
    const second = await startApp({ dataDir: owner.dataDir });
    const client = createClient((channel, arg) => second.handlers[channel as keyof typeof second.handlers](arg));
    expect((await thrown(client['profiles.save']({ profile: profileLike(1) }))).code).toBe('store-read-only');
  });

  it('throws an error with a code the window does not know as internal', async () => {
    const client = createClient(async () => ({ ok: false, error: { code: 'SOMETHING_NEW', message: 'Odd.' } }));
    const error = await thrown(client['catalog.get'](null));
    expect(error).toMatchObject({ code: 'internal', message: 'Odd.', details: { receivedCode: 'SOMETHING_NEW' } });
  });

  it.each([
    ['undefined', undefined],
    ['a bare value', { id: 'x' }],
    ['ok without a flag', { value: 1 }],
    ['an error without a code', { ok: false, error: { message: 'no code' } }],
    ['a thrown stack as a string', 'Error: boom\n    at main.js:1:1'],
  ])('throws ipc-bad-reply for a malformed reply (%s)', async (_, reply) => {
    const client = createClient(async () => reply);
    const error = await thrown(client['catalog.get'](null));
    expect(error.code).toBe('ipc-bad-reply');
    expect(error.message).not.toContain('boom');
  });
});
