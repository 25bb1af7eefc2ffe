import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../shared/profile';
import { examples, profileLike, saved, snapshot, startApp, type App } from './support';

/** The example of an edge gateway: the engine recommends containers, and rules nothing out. */
const edgeGateway = examples.findIndex(({ name }) => name === 'edge-iot-gateways.hostwise');

async function signedApp(): Promise<{ app: App; profile: Profile }> {
  const app = await startApp();
  await app.value('settings.signer.set', { name: 'Ada Architect' });
  const [profile] = await saved(app, profileLike(edgeGateway));
  return { app, profile: profile! };
}

const listed = async (app: App, id: string) => (await app.value('profiles.list', null)).find((summary) => summary.id === id);

describe('settings.signer', () => {
  it('is null until set, then the name, after a restart too', async () => {
    const app = await startApp();
    expect(await app.value('settings.signer.get', null)).toBeNull();
    expect(await app.value('settings.signer.set', { name: '  Ada Architect ' })).toBe('Ada Architect');
    await app.store.close();
    const again = await startApp({ dataDir: app.dataDir });
    expect(await again.value('settings.signer.get', null)).toBe('Ada Architect');
  });
});

describe('profiles.decide', () => {
  it('accepts the recommendation of the stored profile, signed with the name set and the store’s time, and lists it as decided', async () => {
    const { app, profile } = await signedApp();
    const decided = await app.value('profiles.decide', { id: profile.id, kind: 'accept' });
    expect(decided.decision).toMatchObject({ kind: 'accept', status: 'accepted', option: 'container', by: 'Ada Architect' });
    expect(app.clock.times).toContain(decided.decision!.at);
    expect(decided.decision!.inputs.answers).toEqual(profile.answers);
    expect(await app.value('profiles.get', { id: profile.id })).toEqual(decided);
    expect(await listed(app, profile.id)).toMatchObject({ decision: 'decided', winner: 'container' });
  });

  it('refuses to accept when the recommendation is no longer the one the window showed, and saves nothing', async () => {
    const { app, profile } = await signedApp();
    const before = await snapshot(app.dataDir);
    const error = await app.failure('profiles.decide', { id: profile.id, kind: 'accept', option: 'vm' });
    expect(error).toMatchObject({ code: 'recommendation-changed' });
    expect(error.message).toMatch(/now "container", not "vm"/);
    expect(await snapshot(app.dataDir)).toEqual(before);
    const decided = await app.value('profiles.decide', { id: profile.id, kind: 'accept', option: 'container' });
    expect(decided.decision).toMatchObject({ kind: 'accept', option: 'container' });
  });

  it('refuses an override without a justification with its code, and saves nothing', async () => {
    const { app, profile } = await signedApp();
    const before = await snapshot(app.dataDir);
    const error = await app.failure('profiles.decide', { id: profile.id, kind: 'override', option: 'vm', justification: '   ' });
    expect(error.code).toBe('justification-required');
    expect(error.message).toMatch(/needs a written justification/);
    expect(await snapshot(app.dataDir)).toEqual(before);
    expect(await listed(app, profile.id)).toMatchObject({ decision: 'undecided' });
  });

  it('refuses to decide before the user has set a name', async () => {
    const app = await startApp();
    const [profile] = await saved(app, profileLike(edgeGateway));
    expect(await app.failure('profiles.decide', { id: profile!.id, kind: 'accept' })).toMatchObject({ code: 'signer-required' });
    expect(app.store.get(profile!.id).decision).toBeUndefined();
  });

  it('records an override with its justification', async () => {
    const { app, profile } = await signedApp();
    const decided = await app.value('profiles.decide', { id: profile.id, kind: 'override', option: 'vm', justification: 'The operations team runs only VMs.' });
    expect(decided.decision).toMatchObject({ kind: 'override', option: 'vm', justification: 'The operations team runs only VMs.' });
    expect(await listed(app, profile.id)).toMatchObject({ decision: 'decided' });
  });

  it('is listed as stale once an answer changes after the decision', async () => {
    const { app, profile } = await signedApp();
    const decided = await app.value('profiles.decide', { id: profile.id, kind: 'accept' });
    await app.value('profiles.save', { profile: { ...decided, answers: { ...decided.answers, latency: 'low-latency' } } });
    expect(await listed(app, profile.id)).toMatchObject({ decision: 'stale' });
  });

  it('supersedes the earlier decision, which stays in the profile’s revisions', async () => {
    const { app, profile } = await signedApp();
    const first = await app.value('profiles.decide', { id: profile.id, kind: 'accept' });
    const second = await app.value('profiles.decide', { id: profile.id, kind: 'override', option: 'vm', justification: 'Audit asks for VMs.' });
    expect(second.decision).toMatchObject({ kind: 'override', status: 'accepted' });
    const [latest] = await app.value('profiles.history', { id: profile.id });
    expect(app.store.getRevision(profile.id, latest!.id).decision).toEqual(first.decision);
  });
});
