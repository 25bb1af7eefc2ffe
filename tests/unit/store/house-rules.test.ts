import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../../electron/store';
import { latestVersion, migrate, migrations, userVersion } from '../../../electron/store/migrations';
import { loadSqlEngine, SqlDb } from '../../../electron/store/sqlite';
import { makeProfile, summary, tempDir } from './helpers';

const rulesBytes = new TextEncoder().encode('{"format":"hostwise.rules"}');
const hash = 'a'.repeat(64);

describe('the house rules in the store', () => {
  test('a library from before house rules (schema 1) opens, gains the table and keeps its profiles', async () => {
    const dir = await tempDir();
    const engine = await loadSqlEngine();
    const old = SqlDb.open(engine);
    migrate(old, migrations.slice(0, 1));
    const profile = makeProfile({ name: 'Kept across the migration' });
    old.run("INSERT INTO profiles (id, name, data, winner, confidence, margin, updated_at) VALUES (?, ?, ?, 'vm', 'high', 3, ?)", [
      profile.id,
      profile.name,
      JSON.stringify(profile),
      profile.updatedAt,
    ]);
    old.run("INSERT INTO settings (key, value) VALUES ('theme', 'dark')");
    await writeFile(join(dir, 'profiles.db'), old.export());
    old.close();

    const { store } = await openStore({ dir });
    expect(store.list()).toEqual([{ id: profile.id, name: profile.name, group: null, updatedAt: profile.updatedAt, winner: 'vm', confidence: 'high', margin: 3, decision: 'undecided' }]);
    expect(store.get(profile.id)).toEqual(profile);
    expect(store.getSetting('theme')).toBe('dark');
    expect(store.houseRules()).toBeNull();
    expect(store.rememberedRulesPath()).toBeNull();
    await store.close();

    const written = SqlDb.open(engine, await readFile(join(dir, 'profiles.db')));
    expect(userVersion(written)).toBe(latestVersion);
    written.close();
  });

  test('accepted rules survive a restart; an unload removes them but remembers the path', async () => {
    const dir = await tempDir();
    const first = await openStore({ dir });
    await first.store.acceptHouseRules({ bytes: rulesBytes, hash, path: '/rules/acme.hostwise-rules.json' });
    await first.store.close();

    const second = await openStore({ dir });
    expect(second.store.houseRules()).toMatchObject({ bytes: rulesBytes, hash, path: '/rules/acme.hostwise-rules.json' });
    await second.store.acceptHouseRules({ bytes: rulesBytes, hash, path: null });
    expect(second.store.houseRules()?.path).toBeNull();
    await second.store.unloadHouseRules();
    expect(second.store.houseRules()).toBeNull();
    expect(second.store.rememberedRulesPath()).toBe('/rules/acme.hostwise-rules.json');
    await second.store.close();
  });

  test('restated summaries replace only those of profiles unchanged since they were read, without a revision', async () => {
    const { store } = await openStore({ dir: await tempDir() });
    const unchanged = makeProfile({ name: 'Unchanged' });
    const edited = makeProfile({ name: 'Edited meanwhile' });
    await store.save(unchanged, summary);
    await store.save(edited, summary);
    const read = store.currentProfiles();
    await store.save({ ...edited, notes: 'A new note.' }, summary);
    const restated = read.map(({ profile, updatedAt }) => ({ id: profile.id, updatedAt, summary: { winner: 'vm' as const, confidence: 'low' as const, margin: 1, decision: 'stale' as const } }));
    expect(await store.restateSummaries(restated)).toBe(1);
    const byName = Object.fromEntries(store.list().map((entry) => [entry.name, entry]));
    expect(byName['Unchanged']).toMatchObject({ winner: 'vm', confidence: 'low', margin: 1, decision: 'stale' });
    expect(byName['Edited meanwhile']).toMatchObject(summary);
    expect(store.history(unchanged.id)).toEqual([]);
    // The same summaries again change nothing, and nothing is written for them.
    const again = store.currentProfiles().map(({ profile, updatedAt }) => ({ id: profile.id, updatedAt, summary: profile.id === unchanged.id ? restated[0]!.summary : summary }));
    expect(await store.restateSummaries(again)).toBe(0);
    await store.close();
  });

  test('restates a library larger than one statement takes (1,000 rows), every row once', async () => {
    const { store } = await openStore({ dir: await tempDir() });
    const library = Array.from({ length: 1_201 }, (_, index) => makeProfile({ name: `Workload ${index}` }));
    await Promise.all(library.map((profile) => store.save(profile, summary)));
    const moved = { winner: 'vm' as const, confidence: 'moderate' as const, margin: 2, decision: 'undecided' as const };
    const restated = store.currentProfiles().map(({ profile, updatedAt }) => ({ id: profile.id, updatedAt, summary: moved }));
    expect(await store.restateSummaries(restated)).toBe(1_201);
    expect(store.list().every((entry) => entry.winner === 'vm' && entry.confidence === 'moderate' && entry.margin === 2)).toBe(true);
    expect(await store.restateSummaries(restated)).toBe(0);
    await store.close();
  });
});
