import { createHash } from 'node:crypto';
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { openStore, StoreError } from '../../../electron/store';
import { latestVersion, migrate, migrations, userVersion, type Migration } from '../../../electron/store/migrations';
import { loadSqlEngine, SqlDb, type SqlEngine } from '../../../electron/store/sqlite';
import { makeProfile, summary, tempDir } from './helpers';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await loadSqlEngine();
});

/**
 * Released migrations are frozen: a database in a user's hands already ran them. Change the schema by
 * appending a migration (and its hash here), never by editing one.
 */
const released: Record<number, string> = {
  1: '3a96826cb7010f56ce22b930748547d84ad0e00709767ec7cf0e108a63ee477b',
  2: '8c88fcac41ab1ea30ac2e0093f08267197c9ce4351d528aa1420472050f445fe',
  3: '582fc3d9c3bc01e6c0e16bf239bb7b3c5800d9464564cb45b6a313363f08a956',
  4: 'ffa67774d66110934ea68353b095db5f4c5b314e9fd6e2e25e9fe09c2bd12c95',
  // A data step only (see 'profiles imported from an inventory by an older app version' in profile-store.test.ts).
  5: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
};

const tables = (db: SqlDb) => db.all("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").map((row) => row.name);

describe('migrations', () => {
  test('are numbered 1, 2, 3… in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, index) => index + 1));
    expect(latestVersion).toBe(migrations.length);
  });

  test('are append-only: every released migration still has its SQL', () => {
    for (const [version, hash] of Object.entries(released)) {
      const migration = migrations[Number(version) - 1];
      expect(migration && createHash('sha256').update(migration.sql).digest('hex'), `migration ${version} was edited`).toBe(hash);
    }
    expect(Object.keys(released)).toHaveLength(migrations.length);
  });

  test('bring an empty database (user_version 0) to the latest version', () => {
    const db = SqlDb.open(engine);
    expect(userVersion(db)).toBe(0);
    expect(migrate(db)).toEqual({ kind: 'migrated', from: 0, to: latestVersion });
    expect(userVersion(db)).toBe(latestVersion);
    expect(tables(db)).toEqual(['house_rules', 'profiles', 'revisions', 'settings']);
    expect(migrate(db)).toEqual({ kind: 'current', version: latestVersion });
    db.close();
  });

  test('apply only the missing ones and keep the data', () => {
    const list: Migration[] = [
      { version: 1, description: 'notes', sql: 'CREATE TABLE notes (body TEXT NOT NULL)' },
      { version: 2, description: 'note author', sql: "ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT 'unknown'" },
    ];
    const db = SqlDb.open(engine);
    migrate(db, list.slice(0, 1));
    db.run('INSERT INTO notes (body) VALUES (?)', ['kept']);
    expect(migrate(db, list)).toEqual({ kind: 'migrated', from: 1, to: 2 });
    expect(db.all('SELECT body, author FROM notes')).toEqual([{ body: 'kept', author: 'unknown' }]);
    db.close();
  });

  test('each runs in its own transaction: a failing one leaves the earlier ones applied and nothing of itself', () => {
    const list: Migration[] = [
      { version: 1, description: 'a', sql: 'CREATE TABLE a (x TEXT)' },
      { version: 2, description: 'half-done b', sql: 'CREATE TABLE b (x TEXT); CREATE TABLE broken (' },
    ];
    const db = SqlDb.open(engine);
    expect(() => migrate(db, list)).toThrow();
    expect(userVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['a']);
    db.close();
  });

  test('2 keeps how each decision stands: an accepted one saved before reads as decided, the others as undecided', () => {
    const db = SqlDb.open(engine);
    migrate(db, migrations.slice(0, 1));
    const insert = 'INSERT INTO profiles (id, name, data, updated_at) VALUES (?, ?, ?, ?)';
    db.run(insert, ['a', 'A', JSON.stringify({ decision: { status: 'accepted' } }), '2026-01-01T00:00:00Z']);
    db.run(insert, ['b', 'B', JSON.stringify({ decision: { status: 'superseded' } }), '2026-01-01T00:00:00Z']);
    db.run(insert, ['c', 'C', JSON.stringify({}), '2026-01-01T00:00:00Z']);
    migrate(db);
    expect(db.all('SELECT id, decision FROM profiles ORDER BY id')).toEqual([
      { id: 'a', decision: 'decided' },
      { id: 'b', decision: 'undecided' },
      { id: 'c', decision: 'undecided' },
    ]);
    db.close();
  });

  test('4 reads the group of profiles and revisions saved before from their JSON; their open questions wait for a restatement', () => {
    const db = SqlDb.open(engine);
    migrate(db, migrations.slice(0, 3));
    const insert = 'INSERT INTO profiles (id, name, data, updated_at) VALUES (?, ?, ?, ?)';
    db.run(insert, ['a', 'A', JSON.stringify({ group: 'Payments' }), '2026-01-01T00:00:00Z']);
    db.run(insert, ['b', 'B', JSON.stringify({}), '2026-01-01T00:00:00Z']);
    db.run("INSERT INTO revisions (profile_id, saved_at, name, data) VALUES ('a', '2025-12-01T00:00:00Z', 'A', ?)", [JSON.stringify({ group: 'Billing' })]);
    migrate(db);
    expect(db.all('SELECT id, group_name, open_questions FROM profiles ORDER BY id')).toEqual([
      { id: 'a', group_name: 'Payments', open_questions: null },
      { id: 'b', group_name: null, open_questions: null },
    ]);
    expect(db.all('SELECT group_name, open_questions FROM revisions')).toEqual([{ group_name: 'Billing', open_questions: null }]);
    db.close();
  });

  test('leave a newer database alone and say so', () => {
    const db = SqlDb.open(engine);
    db.script(`PRAGMA user_version = ${latestVersion + 3}`);
    expect(migrate(db)).toEqual({ kind: 'newer', version: latestVersion + 3, supported: latestVersion });
    expect(tables(db)).toEqual([]);
    db.close();
  });
});

describe('opening stores of other versions', () => {
  async function storeFileAt(version: number): Promise<string> {
    const dir = await tempDir();
    const db = SqlDb.open(engine);
    db.script(`PRAGMA user_version = ${version}`);
    await writeFile(join(dir, 'profiles.db'), db.export());
    db.close();
    return dir;
  }

  test('a store at user_version 0 is migrated and written back', async () => {
    const dir = await storeFileAt(0);
    const first = await openStore({ dir });
    expect(first.notice.outcome).toBe('opened');
    expect(first.store.readOnly).toBeNull();
    await first.store.close();

    const reopened = SqlDb.open(engine, await readFile(join(dir, 'profiles.db')));
    expect(userVersion(reopened)).toBe(latestVersion);
    reopened.close();
  });

  test('a store from a newer app opens read-only, says so, refuses writes and lets go of the lock', async () => {
    const dir = await storeFileAt(latestVersion + 1);
    const { store, notice } = await openStore({ dir });
    expect(notice.readOnly).toEqual({ kind: 'newer-version', version: latestVersion + 1, supported: latestVersion });
    expect(notice.message).toMatch(/newer version of Hostwise.*read-only/);
    const refused = await store.save(makeProfile(), summary).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoreError);
    expect((refused as StoreError).code).toBe('store-read-only');
    await expect(access(join(dir, 'profiles.db.lock'))).rejects.toThrow();
    await store.close();
  });
});
