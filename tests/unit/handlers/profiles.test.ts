import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { evaluate } from '../../../shared/engine';
import type { Profile } from '../../../shared/profile';
import { profileLike, saved, snapshot, startApp, type App } from './support';

/** What the engine recommends for a profile, and nothing while it recommends nothing. */
function recommendationOf(profile: Profile) {
  const { status, winner, confidence, margin } = evaluate(profile, catalog).recommendation;
  return status === 'recommended' ? { winner, confidence, margin } : { winner: null, confidence: null, margin: null };
}

/** The library's summary of an undecided profile. */
function summaryOf(profile: Profile) {
  return { ...recommendationOf(profile), decision: 'undecided' };
}

/** Saves one version per set of notes, oldest first. */
async function versions(app: App, profile: Profile, ...notes: string[]): Promise<void> {
  for (const note of notes) await app.value('profiles.save', { profile: { ...profile, notes: note } });
}

describe('evaluate', () => {
  it('runs the engine in the main process, deterministic for a seed', async () => {
    const app = await startApp();
    const profile = profileLike(3);
    const evaluation = await app.value('evaluate', { profile, samples: 500, seed: 42 });
    expect(evaluation).toStrictEqual(JSON.parse(JSON.stringify(evaluate(profile, catalog, { samples: 500, seed: 42 }))));
    expect(evaluation.monteCarlo).toMatchObject({ samples: 500, seed: 42 });
    expect(await app.value('evaluate', { profile, samples: 500, seed: 42 })).toStrictEqual(evaluation);
  });

  it('with 0 samples skips the simulation and says so with nulls, not NaN', async () => {
    const app = await startApp();
    const { recommendation } = await app.value('evaluate', { profile: profileLike(1), samples: 0 });
    expect(recommendation).toMatchObject({ confidence: null, winProbability: null });
  });
});

describe('profiles.save and profiles.list', () => {
  it('stamps updatedAt from the clock, keeps createdAt, and stores the evaluation summary', async () => {
    const app = await startApp();
    const profile = profileLike(0, { updatedAt: '2020-01-01T00:00:00Z' });
    const readBefore = app.clock.times.length;
    const result = await app.value('profiles.save', { profile });
    const during = app.clock.times.slice(readBefore);
    const stored = await app.value('profiles.get', { id: profile.id });

    expect(stored).toEqual({ ...profile, updatedAt: during[0] });
    expect(result).toEqual({ id: profile.id, name: profile.name, group: null, ...summaryOf(profile), updatedAt: expect.any(String) });
    // The same clock: the handler reads it for the profile's stamp, the store again for the row's time.
    expect(during).toContain(result.updatedAt);
    expect(await app.value('profiles.list', null)).toEqual([result]);
  });

  it('lists the stored summaries after a restart, without evaluating again', async () => {
    const first = await startApp();
    const profiles = [profileLike(0), profileLike(1), profileLike(2)];
    await saved(first, ...profiles);
    const listed = await first.value('profiles.list', null);
    await first.store.close();

    const again = await startApp({ dataDir: first.dataDir });
    expect(again.readOnly).toBe(false);
    expect(await again.value('profiles.list', null)).toEqual(listed);
    for (const profile of profiles) {
      expect(listed.find((entry) => entry.id === profile.id)).toMatchObject(summaryOf(profile));
    }
  });

  it('lists the most recently saved first', async () => {
    const app = await startApp();
    const [older, newer] = await saved(app, profileLike(0, { name: 'Older' }), profileLike(1, { name: 'Newer' }));
    expect((await app.value('profiles.list', null)).map((entry) => entry.name)).toEqual(['Newer', 'Older']);
    await app.value('profiles.save', { profile: { ...older!, notes: 'Touched.' } });
    expect((await app.value('profiles.list', null)).map((entry) => entry.id)).toEqual([older!.id, newer!.id]);
  });
});

describe('rename, duplicate, delete and undo', () => {
  it('rename changes the name only and keeps the old name in history', async () => {
    const app = await startApp();
    const [profile] = await saved(app, profileLike(0));
    const renamed = await app.value('profiles.rename', { id: profile!.id, name: '  Pricing API  ' });

    expect(renamed).toMatchObject({ id: profile!.id, name: 'Pricing API', ...summaryOf(profile!) });
    expect(await app.value('profiles.get', { id: profile!.id })).toEqual({ ...profile, name: 'Pricing API', updatedAt: renamed.updatedAt });
    expect((await app.value('profiles.history', { id: profile!.id })).map((revision) => revision.name)).toEqual([profile!.name]);
  });

  it('duplicate makes an independent copy under a new id, without history', async () => {
    const app = await startApp();
    const [profile] = await saved(app, profileLike(2));
    await versions(app, profile!, 'Second version.');
    const copy = await app.value('profiles.duplicate', { id: profile!.id });

    expect(copy.id).not.toBe(profile!.id);
    expect(copy).toMatchObject({ name: `${profile!.name} (copy)`, winner: summaryOf(profile!).winner });
    const stored = await app.value('profiles.get', { id: copy.id });
    expect(stored).toMatchObject({ answers: profile!.answers, notes: 'Second version.', createdAt: copy.updatedAt });
    expect(await app.value('profiles.history', { id: copy.id })).toEqual([]);
    expect(await app.value('profiles.list', null)).toHaveLength(2);
  });

  it('delete moves profiles to the trash and undoDelete brings them back with their history', async () => {
    const app = await startApp();
    const [kept, gone] = await saved(app, profileLike(0), profileLike(1));
    await versions(app, gone!, 'Second version.');
    const unknown = randomUUID();

    expect(await app.value('profiles.delete', { ids: [gone!.id, unknown] })).toEqual({ deleted: [gone!.id] });
    expect((await app.value('profiles.list', null)).map((entry) => entry.id)).toEqual([kept!.id]);
    expect(await app.failure('profiles.get', { id: gone!.id })).toMatchObject({ code: 'profile-not-found' });
    expect(await app.value('profiles.delete', { ids: [gone!.id] })).toEqual({ deleted: [] });

    expect(await app.value('profiles.undoDelete', { ids: [gone!.id, kept!.id] })).toEqual({ restored: [gone!.id] });
    expect((await app.value('profiles.get', { id: gone!.id })).notes).toBe('Second version.');
    expect(await app.value('profiles.history', { id: gone!.id })).toHaveLength(1);
  });
});

describe('history and restoreRevision', () => {
  it('keeps every earlier version, newest first, with its summary', async () => {
    const app = await startApp();
    const profile = profileLike(4);
    await versions(app, profile, 'v1', 'v2', 'v3');
    const history = await app.value('profiles.history', { id: profile.id });

    expect(history).toHaveLength(2);
    expect(history[0]!.id).toBeGreaterThan(history[1]!.id);
    expect(history.map((revision) => app.store.getRevision(profile.id, revision.id).notes)).toEqual(['v2', 'v1']);
    expect(history[0]).toMatchObject({ name: profile.name, ...recommendationOf(profile), savedAt: expect.any(String) });
  });

  it('restores an earlier version and keeps the one it replaces', async () => {
    const app = await startApp();
    const profile = profileLike(4);
    await versions(app, profile, 'v1', 'v2', 'v3');
    const oldest = (await app.value('profiles.history', { id: profile.id })).at(-1)!;

    const restored = await app.value('profiles.restoreRevision', { id: profile.id, revisionId: oldest.id });
    expect(restored).toEqual(await app.value('profiles.get', { id: profile.id }));
    expect(restored.notes).toBe('v1');
    const history = await app.value('profiles.history', { id: profile.id });
    expect(history.map((revision) => app.store.getRevision(profile.id, revision.id).notes)).toEqual(['v3', 'v2', 'v1']);
  });

  it('refuses a revision of another profile with revision-not-found', async () => {
    const app = await startApp();
    const [a, b] = [profileLike(0), profileLike(1)];
    await versions(app, a, 'a1', 'a2');
    await versions(app, b, 'b1');
    const revisionOfA = (await app.value('profiles.history', { id: a.id }))[0]!;
    expect(await app.failure('profiles.restoreRevision', { id: b.id, revisionId: revisionOfA.id })).toMatchObject({
      code: 'revision-not-found',
    });
  });
});

describe('a read-only store (another instance holds the folder)', () => {
  async function twoInstances() {
    const owner = await startApp();
    const [profile] = await saved(owner, profileLike(0));
    const second = await startApp({ dataDir: owner.dataDir });
    return { owner, second, profile: profile! };
  }

  it('says so in store.status and still reads', async () => {
    const { second, profile } = await twoInstances();
    const status = await second.value('store.status', null);
    expect(status.readOnly).toBe(true);
    expect(status.notice).toMatch(/Another Hostwise window .* is using your saved profiles/);
    expect(await second.value('profiles.get', { id: profile.id })).toEqual(profile);
  });

  it.each([
    ['profiles.save', (profile: Profile) => ({ profile: { ...profile, notes: 'Lost?' } })],
    ['profiles.rename', (profile: Profile) => ({ id: profile.id, name: 'Lost?' })],
    ['profiles.delete', (profile: Profile) => ({ ids: [profile.id] })],
    ['import.apply', (profile: Profile) => ({ items: [{ profile: { ...profile, id: randomUUID() }, decision: 'add' }] })],
  ] as const)('refuses %s with store-read-only as an outcome, and the disk is unchanged', async (channel, request) => {
    const { owner, second, profile } = await twoInstances();
    const before = await snapshot(owner.dataDir);
    const error = await second.failure(channel, request(profile));
    expect(error).toMatchObject({ code: 'store-read-only', details: { reason: 'locked' } });
    expect(error.message).toMatch(/open read-only/);
    expect(await snapshot(owner.dataDir)).toEqual(before);
    expect(await owner.value('profiles.get', { id: profile.id })).toEqual(profile);
  });
});
