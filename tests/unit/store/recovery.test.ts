import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { openStore } from '../../../electron/store';
import { inspect } from '../../../electron/store/integrity';
import { loadSqlEngine, type SqlEngine } from '../../../electron/store/sqlite';
import { makeProfile, namesOf, summary, tempDir } from './helpers';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await loadSqlEngine();
});

const marker = 'MARKER-of-the-latest-save';

/** A store whose file holds two profiles, whose last good copy holds the first only, and the journal kept beside it the second (each save compacted). */
async function storeWithBackup(): Promise<{ dir: string; db: string }> {
  const dir = await tempDir();
  const { store } = await openStore({ dir, journalLimit: 0 });
  await store.save(makeProfile({ name: 'first' }), summary);
  await store.save(makeProfile({ name: 'second', notes: marker }), summary);
  await store.close();
  return { dir, db: join(dir, 'profiles.db') };
}

async function openNames(dir: string) {
  const { store, notice } = await openStore({ dir });
  const names = namesOf(store);
  await store.close();
  return { names, notice };
}

/** Whatever damaged the store file, it is recovered from the last good copy and kept aside. */
async function expectRecovered(dir: string, damaged: Uint8Array) {
  const { names, notice } = await openNames(dir);
  expect(notice.outcome).toBe('recovered');
  expect(names).toEqual(['first', 'second']);
  expect(notice.keptAside).toHaveLength(1);
  const kept = notice.keptAside[0]!;
  expect(kept).toMatch(/profiles\.db\.damaged-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
  expect(new Uint8Array(await readFile(kept))).toEqual(new Uint8Array(damaged));
  expect(notice.message).toContain('recovered it from the last good copy and its journals (1 save replayed).');
  expect(notice.message).not.toContain('may be missing');
  expect(notice.message).toContain(kept);
  expect(notice.readOnly).toBeNull();
  // The recovered copy was written back: the next open is an ordinary one.
  expect(await openNames(dir)).toMatchObject({ names: ['first', 'second'], notice: { outcome: 'opened', message: null } });
}

describe('a damaged store file', () => {
  test('truncated by one byte (which quick_check alone accepts) → last good copy', async () => {
    const { dir, db } = await storeWithBackup();
    const whole = await readFile(db);
    const cut = whole.subarray(0, whole.length - 1);
    const quickCheckOnly = inspect(engine, cut, null);
    expect(quickCheckOnly).toMatchObject({ ok: false, problem: expect.stringMatching(/bytes but should be/) as string });
    await truncate(db, whole.length - 1);
    await expectRecovered(dir, cut);
  });

  test('replaced by garbage → last good copy', async () => {
    const { dir, db } = await storeWithBackup();
    const garbage = randomBytes((await readFile(db)).length);
    await writeFile(db, garbage);
    await expectRecovered(dir, garbage);
  });

  test('empty → last good copy', async () => {
    const { dir, db } = await storeWithBackup();
    await writeFile(db, new Uint8Array());
    await expectRecovered(dir, new Uint8Array());
  });

  test.each([1, 2, 3, 4, 5])('random byte flips inside row data (which SQLite accepts) → last good copy, #%i', async () => {
    const { dir, db } = await storeWithBackup();
    const bytes = new Uint8Array(await readFile(db));
    const at = Buffer.from(bytes).indexOf(marker) + Math.floor(Math.random() * marker.length);
    bytes[at] = bytes[at]! ^ (1 + Math.floor(Math.random() * 31));
    expect(inspect(engine, bytes, null).ok).toBe(true);
    await writeFile(db, bytes);
    await expectRecovered(dir, bytes);
  });

  test('missing while the last good copy exists → last good copy, nothing to keep aside', async () => {
    const { dir, db } = await storeWithBackup();
    await rm(db);
    const { names, notice } = await openNames(dir);
    expect(notice).toMatchObject({ outcome: 'recovered', keptAside: [] });
    expect(names).toEqual(['first', 'second']);
  });

  test('damaged, and its last good copy too → an empty store, both kept aside, the user told', async () => {
    const { dir, db } = await storeWithBackup();
    await truncate(db, 100);
    await writeFile(`${db}.bak`, randomBytes(4096));
    const { names, notice } = await openNames(dir);
    expect(notice.outcome).toBe('reset');
    expect(names).toEqual([]);
    expect(notice.keptAside).toHaveLength(2);
    expect(notice.problems).toHaveLength(2);
    expect(notice.message).toMatch(/both damaged.*kept at/);
    const files = await readdir(dir);
    expect(files.filter((name) => name.includes('.damaged-'))).toHaveLength(2);
  });

  test('without a checksum file, SQLite checks alone decide: a whole file opens', async () => {
    const { dir, db } = await storeWithBackup();
    await rm(`${db}.sha256`);
    const { names, notice } = await openNames(dir);
    expect(notice.outcome).toBe('opened');
    expect(names).toEqual(['first', 'second']);
  });

  test('held by another instance: recovered in memory only, nothing moved', async () => {
    const { dir, db } = await storeWithBackup();
    const holder = await openStore({ dir });
    await truncate(db, 4096);
    const { names, notice } = await openNames(dir);
    expect(notice).toMatchObject({ outcome: 'recovered', keptAside: [], readOnly: { kind: 'locked' } });
    expect(names).toEqual(['first', 'second']);
    expect((await readdir(dir)).some((name) => name.includes('.damaged-'))).toBe(false);
    await holder.store.close();
  });
});

describe('temp files of a killed save', () => {
  const stale = ['profiles.db.0123456789abcdef.tmp', 'profiles.db.sha256.fedcba9876543210.tmp', 'profiles.db.bak.00112233aabbccdd.tmp'];
  const unrelated = ['notes.txt', 'profiles.db.damaged-2025-01-01T00-00-00-000Z', 'other.0123456789abcdef.tmp'];

  test('are removed on open; other files are left alone', async () => {
    const { dir } = await storeWithBackup();
    for (const name of [...stale, ...unrelated]) await writeFile(join(dir, name), 'x');
    const { names } = await openNames(dir);
    expect(names).toEqual(['first', 'second']);
    const files = await readdir(dir);
    for (const name of stale) expect(files).not.toContain(name);
    for (const name of unrelated) expect(files).toContain(name);
  });

  test('are left alone by an instance that does not hold the lock (they may be the holder’s)', async () => {
    const { dir } = await storeWithBackup();
    const holder = await openStore({ dir });
    for (const name of stale) await writeFile(join(dir, name), 'x');
    await openNames(dir);
    expect(await readdir(dir)).toEqual(expect.arrayContaining(stale));
    await holder.store.close();
  });
});
