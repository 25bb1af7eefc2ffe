import { describe, expect, test } from 'vitest';
import { openStore } from '../../../electron/store';
import { listWorkloads } from '../../../electron/store/portfolio';
import { loadSqlEngine, SqlDb } from '../../../electron/store/sqlite';
import { migrate } from '../../../electron/store/migrations';
import { makeProfile, steppingClock, summary, tempDir } from './helpers';

describe('the workloads as the portfolio reads them', () => {
  test('carry the group of the profile and the open questions of its summary; the trash is left out', async () => {
    const { store } = await openStore({ dir: await tempDir(), clock: steppingClock() });
    const grouped = makeProfile({ name: 'B', group: 'Payments' });
    const plain = makeProfile({ name: 'A' });
    const deleted = makeProfile({ name: 'C' });
    await store.save(grouped, { ...summary, openQuestions: { 'os-needs': { changesLeader: 0.5, decisive: true } } });
    await store.save(plain, summary);
    await store.save(deleted, summary);
    await store.delete([deleted.id]);
    expect(store.workloads()).toEqual([
      { id: plain.id, name: 'A', group: null, winner: 'container', confidence: 'high', decision: 'undecided', openQuestions: null },
      { id: grouped.id, name: 'B', group: 'Payments', winner: 'container', confidence: 'high', decision: 'undecided', openQuestions: { 'os-needs': { changesLeader: 0.5, decisive: true } } },
    ]);
    await store.close();
  });

  test('read open questions that are not what a save writes as not known', async () => {
    const db = SqlDb.open(await loadSqlEngine());
    migrate(db);
    const insert = "INSERT INTO profiles (id, name, data, updated_at, open_questions) VALUES (?, ?, '{}', '2026-01-01T00:00:00Z', ?)";
    db.run(insert, ['a', 'Not JSON', '{']);
    db.run(insert, ['b', 'A list', '[1]']);
    db.run(insert, ['c', 'Text shares', '{"os-needs":"half"}']);
    db.run(insert, ['d', 'Nothing left to ask', '{}']);
    expect(listWorkloads(db).map(({ name, openQuestions }) => [name, openQuestions])).toEqual([
      ['A list', null],
      ['Not JSON', null],
      ['Nothing left to ask', {}],
      ['Text shares', null],
    ]);
    db.close();
  });
});
