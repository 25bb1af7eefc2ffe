import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore, type ProfileStore } from '../../../electron/store';
import { catalog } from '../../../shared/catalog';
import { evaluate } from '../../../shared/engine';
import { checkAnswers } from '../../../shared/profile-file';
import { loadSqlEngine, SqlDb } from '../../../electron/store/sqlite';
import { faultyFs, makeProfile, steppingClock, summary, rejectionCode, tempDir, thrownCode } from './helpers';

async function open(dir?: string): Promise<ProfileStore> {
  const { store } = await openStore({ dir: dir ?? (await tempDir()), clock: steppingClock() });
  return store;
}

describe('saving and reading profiles', () => {
  test('a saved profile reads back equal, and lists with its evaluation summary', async () => {
    const store = await open();
    const profile = makeProfile();
    const saved = await store.save(profile, summary);
    expect(saved).toEqual({ id: profile.id, name: 'Payments API', group: null, winner: 'container', confidence: 'high', margin: 12.5, decision: 'undecided', updatedAt: expect.stringMatching(/^2025-06-01T10:00:0\d\.000Z$/) as string });
    expect(store.get(profile.id)).toEqual({ ...profile, updatedAt: saved.updatedAt });
    expect(store.list()).toEqual([saved]);
    await store.close();
  });

  test('the summary keeps only winner, confidence, margin and the decision of a whole recommendation', async () => {
    const store = await open();
    const recommendation = { ...summary, runnerUp: 'vm', reasons: [], summary: 'long text' };
    const saved = await store.save(makeProfile(), recommendation);
    expect(Object.keys(saved).sort()).toEqual(['confidence', 'decision', 'group', 'id', 'margin', 'name', 'updatedAt', 'winner']);
    await store.close();
  });

  test('lists the most recently saved first', async () => {
    const store = await open();
    const [a, b, c] = [makeProfile({ name: 'A' }), makeProfile({ name: 'B' }), makeProfile({ name: 'C' })];
    for (const profile of [a, b, c]) await store.save(profile!, summary);
    await store.save({ ...a!, notes: 'edited' }, { winner: 'vm', confidence: null, margin: null, decision: 'undecided' });
    expect(store.list().map((s) => [s.name, s.winner, s.confidence, s.margin])).toEqual([
      ['A', 'vm', null, null],
      ['C', 'container', 'high', 12.5],
      ['B', 'container', 'high', 12.5],
    ]);
    await store.close();
  });

  test('profiles survive closing and reopening', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const profiles = [makeProfile({ name: 'one' }), makeProfile({ name: 'two' })];
    for (const profile of profiles) await store.save(profile, summary);
    await store.setSetting('theme', 'dark');
    await store.close();
    const reopened = await open(dir);
    expect(reopened.list().map((s) => s.name).sort()).toEqual(['one', 'two']);
    expect(reopened.get(profiles[1]!.id)).toMatchObject({ ...profiles[1], updatedAt: expect.any(String) });
    expect(reopened.getSetting('theme')).toBe('dark');
    expect(reopened.getSetting('missing')).toBeUndefined();
    await reopened.close();
  });

  test('an unknown id is profile-not-found', async () => {
    const store = await open();
    const id = makeProfile().id;
    expect(thrownCode(() => store.get(id))).toBe('profile-not-found');
    expect(await rejectionCode(store.rename(id, 'x'))).toBe('profile-not-found');
    expect(thrownCode(() => store.history(id))).toBe('profile-not-found');
    await store.close();
  });

  test('invalid profiles and names beyond the limits of shared/profile are refused with profile-invalid', async () => {
    const store = await open();
    const profile = makeProfile();
    expect(await rejectionCode(store.save({ ...profile, name: 'x'.repeat(201) }, summary))).toBe('profile-invalid');
    expect(await rejectionCode(store.save({ ...profile, notes: 'x'.repeat(10_001) }, summary))).toBe('profile-invalid');
    expect(await rejectionCode(store.save({ ...profile, id: 'not-a-uuid' }, summary))).toBe('profile-invalid');
    const saved = await store.save(profile, summary);
    expect(await rejectionCode(store.rename(profile.id, '   '))).toBe('profile-invalid');
    expect(await rejectionCode(store.rename(profile.id, 'y'.repeat(201)))).toBe('profile-invalid');
    expect(store.get(profile.id)).toEqual({ ...profile, updatedAt: saved.updatedAt });
    await store.close();
  });

  test('a stored profile that no longer validates, or is not JSON, reads as profile-invalid and still lists', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const [unknownField, notJson] = [makeProfile(), makeProfile()];
    await store.save(unknownField, summary);
    await store.save(notJson, summary);
    await store.close();
    // Another app version, or damage the checks could not see: edit the file behind the store's back.
    const db = SqlDb.open(await loadSqlEngine(), await readFile(join(dir, 'profiles.db')));
    db.run("UPDATE profiles SET data = json_set(data, '$.unknownField', 1) WHERE id = ?", [unknownField.id]);
    db.run("UPDATE profiles SET data = '{broken' WHERE id = ?", [notJson.id]);
    await writeFile(join(dir, 'profiles.db'), db.export());
    await rm(join(dir, 'profiles.db.sha256'));
    db.close();
    const reopened = await open(dir);
    expect(reopened.list()).toHaveLength(2);
    expect(thrownCode(() => reopened.get(unknownField.id))).toBe('profile-invalid');
    expect(thrownCode(() => reopened.get(notJson.id))).toBe('profile-invalid');
    await reopened.close();
  });
});

describe('profiles saved by an older app version', () => {
  test('a profile saved with catalogue 1, written directly in the database, reads back migrated and evaluates', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const profile = makeProfile();
    await store.save(profile, summary);
    await store.close();
    // As Hostwise with catalogue 1 wrote it: renamed and split questions, an old answer id, a removed criterion.
    const v1 = {
      ...profile,
      catalogVersion: 1,
      answers: { 'team-skills': 'containers', 'deployment-targets': 'edge', 'os-needs': 'linux-any', 'code-trust': 'untrusted' },
      weightOverrides: { 'os-compatibility': 5, isolation: 40 },
      revisit: [],
    };
    const db = SqlDb.open(await loadSqlEngine(), await readFile(join(dir, 'profiles.db')));
    db.run('UPDATE profiles SET data = ? WHERE id = ?', [JSON.stringify(v1), profile.id]);
    await writeFile(join(dir, 'profiles.db'), db.export());
    await rm(join(dir, 'profiles.db.sha256'));
    db.close();
    const reopened = await open(dir);
    const read = reopened.get(profile.id);
    expect(read).toEqual({
      ...v1,
      catalogVersion: catalog.version,
      answers: { 'existing-platform': 'kubernetes', 'hosting-environment': 'edge', 'os-needs': 'linux', 'code-trust': 'untrusted' },
      weightOverrides: { isolation: 40 },
      revisit: ['hardware-virtualization', 'cpu-architecture', 'availability', 'scale-churn', 'workload-type'],
    });
    expect(checkAnswers(read, catalog)).toBeNull();
    const evaluation = evaluate(read, catalog, { samples: 0 });
    expect(evaluation.catalogVersion).toBe(catalog.version);
    expect(evaluation.ranking.find((option) => option.option === 'container')!.ruledOut).toBe(true);
    // Saved again, it is stored on the current catalogue.
    await reopened.save(read, summary);
    expect(reopened.get(profile.id).catalogVersion).toBe(catalog.version);
    await reopened.close();
  });
});

describe('profiles imported from an inventory by an older app version', () => {
  const line = `Inferred: os-needs = windows-legacy from vInfo 'OS according to the VMware Tools' ("Microsoft Windows Server 2012 R2 (64-bit)")`;

  test('have the inferred answers their notes recorded moved into provenance once, when the store is upgraded', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const profile = { ...makeProfile(), answers: { 'os-needs': 'windows-legacy' }, notes: `Imported from RVTools.\n${line}` };
    await store.save(profile, summary);
    await store.save({ ...profile, notes: `${profile.notes}\nChecked with the owner.` }, summary);
    await store.close();
    // As the Hostwise before provenance left it: schema 4.
    const db = SqlDb.open(await loadSqlEngine(), await readFile(join(dir, 'profiles.db')));
    db.run('PRAGMA user_version = 4');
    await writeFile(join(dir, 'profiles.db'), db.export());
    await rm(join(dir, 'profiles.db.sha256'));
    db.close();

    const upgraded = await open(dir);
    const read = upgraded.get(profile.id);
    expect(read.notes).toBe('Imported from RVTools.\nChecked with the owner.');
    expect(read.provenance).toEqual({
      'os-needs': { answer: 'windows-legacy', source: "vInfo 'OS according to the VMware Tools'", value: 'Microsoft Windows Server 2012 R2 (64-bit)' },
    });
    // The earlier version in the history too.
    const [revision] = upgraded.history(profile.id);
    expect(upgraded.getRevision(profile.id, revision!.id).provenance?.['os-needs']?.answer).toBe('windows-legacy');
    await upgraded.close();
  });

  test('a line of that form a person writes in the notes today stays in the notes', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const profile = { ...makeProfile(), notes: `Inferred: os-needs = linux from the app owner ("Bob, by phone")` };
    await store.save(profile, summary);
    await store.close();
    const reopened = await open(dir);
    expect(reopened.get(profile.id)).toMatchObject({ notes: profile.notes });
    expect(reopened.get(profile.id).provenance).toBeUndefined();
    await reopened.close();
  });
});

describe('rename and duplicate', () => {
  test('rename changes the name in the list and in the profile, keeping the old version in history', async () => {
    const store = await open();
    const profile = makeProfile();
    await store.save(profile, summary);
    const renamed = await store.rename(profile.id, '  Billing API  ');
    expect(renamed.name).toBe('Billing API');
    expect(renamed.winner).toBe('container');
    expect(store.get(profile.id)).toMatchObject({ name: 'Billing API', updatedAt: renamed.updatedAt });
    expect(store.history(profile.id).map((r) => r.name)).toEqual(['Payments API']);
    await store.close();
  });

  test('duplicate copies the current version under a new id and name, without history', async () => {
    const store = await open();
    const profile = makeProfile();
    await store.save(profile, summary);
    await store.save({ ...profile, notes: 'second' }, summary);
    const copyId = makeProfile().id;
    const copy = await store.duplicate(profile.id, { id: copyId, name: 'Payments API (copy)' });
    expect(copy).toMatchObject({ id: copyId, name: 'Payments API (copy)', winner: 'container' });
    expect(store.get(copyId)).toEqual({ ...profile, id: copyId, name: 'Payments API (copy)', notes: 'second', createdAt: copy.updatedAt, updatedAt: copy.updatedAt });
    expect(store.history(copyId)).toEqual([]);
    expect(await rejectionCode(store.duplicate(profile.id, { id: copyId, name: 'again' }))).toBe('profile-exists');
    await store.close();
  });
});

describe('history', () => {
  test('every save keeps the previous version; a save of identical content adds none and keeps its time', async () => {
    const store = await open();
    const v1 = makeProfile({ notes: 'v1' });
    const first = await store.save(v1, summary);
    const second = await store.save({ ...v1, notes: 'v2' }, { winner: 'vm', confidence: 'low', margin: 1, decision: 'undecided' });
    const again = await store.save({ ...v1, notes: 'v2', updatedAt: '2030-01-01T00:00:00.000Z' }, { winner: 'vm', confidence: 'low', margin: 1, decision: 'undecided' });
    expect(again.updatedAt).toBe(second.updatedAt);
    await store.save({ ...v1, notes: 'v3' }, summary);
    const history = store.history(v1.id);
    expect(history.map((r) => store.getRevision(v1.id, r.id).notes)).toEqual(['v2', 'v1']);
    expect(history[1]).toMatchObject({ winner: 'container', savedAt: first.updatedAt });
    expect(history[0]).toMatchObject({ winner: 'vm', confidence: 'low', margin: 1 });
    await store.close();
  });

  test('restoring a revision makes it current with its summary; the replaced version joins the history', async () => {
    const store = await open();
    const v1 = makeProfile({ notes: 'v1' });
    await store.save(v1, summary);
    await store.save({ ...v1, notes: 'v2' }, { winner: 'vm', confidence: 'low', margin: 1, decision: 'undecided' });
    const [oldest] = store.history(v1.id);
    const restored = await store.restoreRevision(v1.id, oldest!.id);
    expect(restored).toMatchObject({ winner: 'container', confidence: 'high', margin: 12.5 });
    expect(store.get(v1.id)).toMatchObject({ notes: 'v1', updatedAt: restored.updatedAt });
    expect(store.history(v1.id).map((r) => store.getRevision(v1.id, r.id).notes)).toEqual(['v2', 'v1']);
    await store.close();
  });

  test('an unknown revision, or one of another profile, is revision-not-found', async () => {
    const store = await open();
    const [a, b] = [makeProfile(), makeProfile()];
    await store.save(a, summary);
    await store.save({ ...a, notes: 'changed' }, summary);
    await store.save(b, summary);
    const revisionOfA = store.history(a.id)[0]!.id;
    expect(await rejectionCode(store.restoreRevision(b.id, revisionOfA))).toBe('revision-not-found');
    expect(thrownCode(() => store.getRevision(a.id, 999))).toBe('revision-not-found');
    await store.close();
  });

  test('keeps at most `revisionsKept` revisions per profile, dropping the oldest', async () => {
    const { store } = await openStore({ dir: await tempDir(), clock: steppingClock(), revisionsKept: 3 });
    const profile = makeProfile();
    for (let version = 0; version < 6; version += 1) await store.save({ ...profile, notes: `v${version}` }, summary);
    expect(store.history(profile.id).map((r) => store.getRevision(profile.id, r.id).notes)).toEqual(['v4', 'v3', 'v2']);
    await store.close();
  });
});

describe('delete and undo', () => {
  test('deleted profiles leave the list for the trash, and undo brings them back with their history', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const [a, b] = [makeProfile({ name: 'A' }), makeProfile({ name: 'B' })];
    await store.save(a, summary);
    await store.save({ ...a, notes: 'edited' }, summary);
    await store.save(b, summary);
    const unknown = makeProfile().id;
    expect(await store.delete([a.id, unknown])).toEqual([a.id]);
    expect(store.list().map((s) => s.name)).toEqual(['B']);
    expect(store.listDeleted()).toMatchObject([{ id: a.id, name: 'A' }]);
    expect(thrownCode(() => store.get(a.id))).toBe('profile-not-found');
    await store.close();

    const reopened = await open(dir);
    expect(await reopened.restoreDeleted([a.id, b.id])).toEqual([a.id]);
    expect(reopened.list().map((s) => s.name).sort()).toEqual(['A', 'B']);
    expect(reopened.get(a.id).notes).toBe('edited');
    expect(reopened.history(a.id)).toHaveLength(1);
    expect(reopened.listDeleted()).toEqual([]);
    await reopened.close();
  });

  test('saving a deleted profile again takes it out of the trash', async () => {
    const store = await open();
    const profile = makeProfile();
    await store.save(profile, summary);
    await store.delete([profile.id]);
    await store.save(profile, summary);
    expect(store.list()).toHaveLength(1);
    expect(store.listDeleted()).toEqual([]);
    await store.close();
  });
});

describe('the write queue', () => {
  test('a burst of saves is coalesced into fewer writes; every save resolves after a write that includes it', async () => {
    const dir = await tempDir();
    const fs = faultyFs();
    let writes = 0;
    const counting = { ...fs, rename: async (from: string, to: string) => {
      if (to.endsWith('profiles.db')) writes += 1;
      await fs.rename(from, to);
    } };
    const { store } = await openStore({ dir, fs: counting });
    writes = 0;
    const profiles = Array.from({ length: 20 }, (_, index) => makeProfile({ name: `p${index}` }));
    const acknowledged: string[] = [];
    await Promise.all(profiles.map((profile) => store.save(profile, summary).then(() => acknowledged.push(profile.id))));
    expect(acknowledged).toHaveLength(20);
    expect(writes).toBeLessThanOrEqual(2);
    await store.close();
    const reopened = await open(dir);
    expect(reopened.list()).toHaveLength(20);
    await reopened.close();
  });

  test('a write that fails its own check is rejected alone; the rest of the burst is saved', async () => {
    const store = await open();
    const good = makeProfile();
    const results = await Promise.allSettled([store.save(good, summary), store.rename(makeProfile().id, 'x'), store.save(makeProfile(), summary)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(store.list()).toHaveLength(2);
    await store.close();
  });

  test('close waits for pending writes; afterwards every call is store-closed', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const pending = store.save(makeProfile(), summary);
    await store.close();
    await pending;
    expect(thrownCode(() => store.list())).toBe('store-closed');
    expect(await rejectionCode(store.save(makeProfile(), summary))).toBe('store-closed');
    const reopened = await open(dir);
    expect(reopened.list()).toHaveLength(1);
    await reopened.close();
  });
});
