import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../../electron/store';
import { readJournal } from '../../../electron/store/journal';
import { faultyFs, makeProfile, namesOf, rejectionCode, steppingClock, summary, tempDir } from './helpers';

async function journalBatches(dir: string): Promise<number> {
  return readJournal(new Uint8Array(await readFile(join(dir, 'profiles.db.journal')))).batches.length;
}

describe('saveMany', () => {
  test('saves a batch as one durable journal record, each changed profile with a revision', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dir, clock: steppingClock() });
    const profiles = ['a', 'b', 'c'].map((name) => makeProfile({ name }));
    const first = await Promise.all(profiles.map((profile) => store.save(profile, summary)));
    const records = await journalBatches(dir);

    const result = await store.saveMany(
      profiles.map((profile, index) => ({ profile: { ...profile, notes: 'Bulk' }, summary, basedOn: first[index]!.updatedAt })),
    );

    expect(result.stale).toEqual([]);
    expect(result.saved.map((saved) => saved.name)).toEqual(['a', 'b', 'c']);
    expect(await journalBatches(dir)).toBe(records + 1);
    for (const profile of profiles) {
      expect(store.get(profile.id).notes).toBe('Bulk');
      expect(store.history(profile.id)).toHaveLength(1);
    }
    await store.close();
  });

  test('leaves alone a profile saved or deleted since its version was read, and saves the rest', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dir, clock: steppingClock() });
    const [edited, deleted, kept] = ['edited', 'deleted', 'kept'].map((name) => makeProfile({ name }));
    const first = await Promise.all([edited!, deleted!, kept!].map((profile) => store.save(profile, summary)));
    await store.save({ ...edited!, notes: 'A later edit' }, summary);
    await store.delete([deleted!.id]);

    const result = await store.saveMany(
      [edited!, deleted!, kept!].map((profile, index) => ({ profile: { ...profile, notes: 'Bulk' }, summary, basedOn: first[index]!.updatedAt })),
    );

    expect(result.stale).toEqual([edited!.id, deleted!.id]);
    expect(result.saved.map((saved) => saved.name)).toEqual(['kept']);
    expect(store.get(edited!.id).notes).toBe('A later edit');
    expect(store.find(deleted!.id)).toBeNull();
    await store.close();
  });

  test('saves none of the batch when one profile of it is invalid', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dir });
    const [good, other] = ['good', 'other'].map((name) => makeProfile({ name }));
    const first = await Promise.all([good!, other!].map((profile) => store.save(profile, summary)));
    const error = await rejectionCode(
      store.saveMany([
        { profile: { ...good!, notes: 'Bulk' }, summary, basedOn: first[0]!.updatedAt },
        { profile: { ...other!, name: ' ' }, summary, basedOn: first[1]!.updatedAt },
      ]),
    );
    expect(error).toBe('profile-invalid');
    expect(store.get(good!.id).notes).toBe(good!.notes);
    expect(store.history(good!.id)).toEqual([]);
    await store.close();
  });

  test('saves none of the batch when its journal append fails, and the store goes on', async () => {
    const dir = await tempDir();
    const fs = faultyFs();
    const { store } = await openStore({ dir, fs });
    const profiles = ['a', 'b'].map((name) => makeProfile({ name }));
    const first = await Promise.all(profiles.map((profile) => store.save(profile, summary)));
    const batch = profiles.map((profile, index) => ({ profile: { ...profile, name: `${profile.name} bulk` }, summary, basedOn: first[index]!.updatedAt }));

    fs.arm({ at: 'write', path: /journal/, errno: 'ENOSPC' });
    expect(await rejectionCode(store.saveMany(batch))).toBe('store-disk-full');
    expect(namesOf(store)).toEqual(['a', 'b']);

    fs.arm();
    await store.saveMany(batch);
    expect(namesOf(store)).toEqual(['a bulk', 'b bulk']);
    await store.close();
  });
});
