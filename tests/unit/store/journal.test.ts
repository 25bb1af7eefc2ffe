import { cp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../../electron/store';
import { faultyFs, makeProfile, namesOf, rejection, summary, tempDir, type Fault } from './helpers';

/** What a SIGKILL leaves: the folder's files as they are now, copied (without the lock) to a new folder. */
async function crashCopy(dir: string): Promise<string> {
  const copy = await tempDir();
  await cp(dir, copy, { recursive: true, filter: (source) => !source.endsWith('.lock') });
  return copy;
}

async function openNames(dir: string) {
  const { store, notice } = await openStore({ dir });
  const names = namesOf(store);
  await store.close();
  return { names, notice };
}

/** Where each record of a journal starts (the header is record 0). */
function recordStarts(bytes: Uint8Array): number[] {
  const starts: number[] = [];
  for (let offset = 0; offset + 4 <= bytes.length; offset += 4 + new DataView(bytes.buffer, bytes.byteOffset + offset).getUint32(0, true) + 32) {
    starts.push(offset);
  }
  return starts;
}

/** A store holding `names`, each saved (and journalled, not compacted) one after another; left open. */
async function journalled(names: string[], fs = faultyFs()) {
  const dir = await tempDir();
  const opened = await openStore({ dir, fs });
  for (const name of names) await opened.store.save(makeProfile({ name }), summary);
  return { dir, store: opened.store, journal: join(dir, 'profiles.db.journal') };
}

describe('the journal', () => {
  test('a save writes one record, not the store file; a crash copy replays every save and writes it back', async () => {
    const { dir, store, journal } = await journalled(['a']);
    const before = await stat(join(dir, 'profiles.db'));
    await store.save(makeProfile({ name: 'b' }), summary);
    expect((await stat(join(dir, 'profiles.db'))).ino).toBe(before.ino);
    expect(recordStarts(await readFile(journal))).toHaveLength(3);

    const copy = await crashCopy(dir);
    expect(await openNames(copy)).toMatchObject({ names: ['a', 'b'], notice: { outcome: 'opened', message: null } });
    expect(recordStarts(await readFile(join(copy, 'profiles.db.journal')))).toHaveLength(1);
    expect(await openNames(copy)).toMatchObject({ names: ['a', 'b'] });
    await store.close();
  });

  test('restated summaries are one record; a crash copy replays them', async () => {
    const { dir, store, journal } = await journalled(['a', 'b']);
    const moved = { winner: 'vm' as const, confidence: 'high' as const, margin: 4, decision: 'undecided' as const };
    await store.restateSummaries(store.currentProfiles().map(({ profile, updatedAt }) => ({ id: profile.id, updatedAt, summary: moved })));
    expect(recordStarts(await readFile(journal))).toHaveLength(4);
    const { store: reopened } = await openStore({ dir: await crashCopy(dir) });
    expect(reopened.list().map(({ name, winner, confidence }) => [name, winner, confidence]).sort()).toEqual([
      ['a', 'vm', 'high'],
      ['b', 'vm', 'high'],
    ]);
    await reopened.close();
    await store.close();
  });

  test('close compacts: the store file holds every save and the journal is empty', async () => {
    const { dir, store, journal } = await journalled(['a', 'b']);
    await store.close();
    expect(recordStarts(await readFile(journal))).toHaveLength(1);
    expect(await openNames(dir)).toMatchObject({ names: ['a', 'b'], notice: { outcome: 'opened', message: null } });
  });

  test('a record cut short (a crash while appending, never acknowledged) is ignored without a notice', async () => {
    const { dir, store } = await journalled(['a', 'b']);
    const copy = await crashCopy(dir);
    const journal = join(copy, 'profiles.db.journal');
    await truncate(journal, (await stat(journal)).size - 10);
    expect(await openNames(copy)).toMatchObject({ names: ['a'], notice: { outcome: 'opened', message: null } });
    await store.close();
  });

  test('a damaged record in the middle: replay stops there, the user is told, the journal is kept aside', async () => {
    const { dir, store } = await journalled(['a', 'b', 'c']);
    const copy = await crashCopy(dir);
    const journal = join(copy, 'profiles.db.journal');
    const bytes = new Uint8Array(await readFile(journal));
    const second = recordStarts(bytes)[2]!;
    bytes[second + 10] = bytes[second + 10]! ^ 0xff;
    await writeFile(journal, bytes);

    const { names, notice } = await openNames(copy);
    expect(names).toEqual(['a']);
    expect(notice.outcome).toBe('opened');
    expect(notice.message).toMatch(/latest changes could not be read back/);
    expect(notice.problems).toEqual([expect.stringMatching(/profiles\.db\.journal: record 2 .* is damaged/)]);
    expect(notice.keptAside).toEqual([expect.stringMatching(/profiles\.db\.journal\.damaged-/)]);
    expect(new Uint8Array(await readFile(notice.keptAside[0]!))).toEqual(bytes);
    await store.close();
  });

  test('disk full while appending: the save is rejected and undone, nothing acknowledged is lost', async () => {
    const fs = faultyFs();
    const { dir, store } = await journalled(['a'], fs);
    fs.arm({ at: 'write', path: /profiles\.db\.journal\.[0-9a-f]{16}\.tmp$/, errno: 'ENOSPC' });
    expect((await rejection(store.save(makeProfile({ name: 'failed' }), summary))).code).toBe('store-disk-full');
    expect(namesOf(store)).toEqual(['a']);
    expect((await openNames(await crashCopy(dir))).names).toEqual(['a']);

    fs.arm();
    await store.save(makeProfile({ name: 'after' }), summary);
    expect((await openNames(await crashCopy(dir))).names).toEqual(['a', 'after']);
    await store.close();
    expect((await openNames(dir)).names).toEqual(['a', 'after']);
  });

  const compactionFaults: { what: string; fault: Fault }[] = [
    { what: 'writing the new store file', fault: { at: 'write', path: /profiles\.db\.[0-9a-f]{16}\.tmp$/, errno: 'ENOSPC' } },
    { what: 'renaming it over the store file', fault: { at: 'rename', path: /\.tmp -> .*profiles\.db$/, errno: 'EIO' } },
    { what: 'the folder fsync after that rename', fault: { at: 'syncDir', errno: 'EIO', skip: 1 } },
    { what: 'starting the new journal', fault: { at: 'create', path: /profiles\.db\.journal\./, errno: 'ENOSPC' } },
  ];

  test.each(compactionFaults)('a compaction failing at $what rejects no save and loses none', async ({ fault }) => {
    const fs = faultyFs();
    const dir = await tempDir();
    const { store } = await openStore({ dir, fs, journalLimit: 0 });
    await store.save(makeProfile({ name: 'a' }), summary);
    await store.settled();
    fs.arm(fault);
    await store.save(makeProfile({ name: 'b' }), summary);
    await store.settled();
    expect((await openNames(await crashCopy(dir))).names).toEqual(['a', 'b']);

    fs.arm();
    await store.save(makeProfile({ name: 'c' }), summary);
    await store.settled();
    expect((await openNames(await crashCopy(dir))).names).toEqual(['a', 'b', 'c']);
    await store.close();
    expect((await openNames(dir)).names).toEqual(['a', 'b', 'c']);
  });

  /** 'first' and 'second' each compacted, then 'journalled' appended; a crash copy whose store file is then damaged. */
  async function damagedAfterCompactions() {
    const dir = await tempDir();
    const compacting = await openStore({ dir, journalLimit: 0 });
    await compacting.store.save(makeProfile({ name: 'first' }), summary);
    await compacting.store.save(makeProfile({ name: 'second' }), summary);
    await compacting.store.close();
    const { store } = await openStore({ dir });
    await store.save(makeProfile({ name: 'journalled' }), summary);
    const copy = await crashCopy(dir);
    await truncate(join(copy, 'profiles.db'), 100);
    return { store, copy };
  }

  test('recovery from the last good copy replays the journal kept beside it, then the journal that follows on', async () => {
    const { store, copy } = await damagedAfterCompactions();

    const { names, notice } = await openNames(copy);
    expect(notice.outcome).toBe('recovered');
    expect(names).toEqual(['first', 'journalled', 'second']);
    expect(notice.message).toMatch(/recovered it from the last good copy and its journals \(2 saves replayed\)\. The damaged file was kept at/);
    expect(notice.keptAside).toEqual([expect.stringMatching(/profiles\.db\.damaged-/)]);
    expect(await openNames(copy)).toMatchObject({ names: ['first', 'journalled', 'second'], notice: { outcome: 'opened', message: null } });
    await store.close();
  });

  test('a broken chain (no journal beside the last good copy): the journal is kept aside and the user told saves may be missing', async () => {
    const { store, copy } = await damagedAfterCompactions();
    await rm(join(copy, 'profiles.db.bak.journal'));

    const { names, notice } = await openNames(copy);
    expect(notice.outcome).toBe('recovered');
    expect(names).toEqual(['first']);
    expect(notice.message).toMatch(/may be missing/);
    expect(notice.keptAside).toEqual(expect.arrayContaining([expect.stringMatching(/profiles\.db\.journal\.damaged-/)]));
    expect(notice.problems).toEqual(expect.arrayContaining([expect.stringMatching(/journal: it follows a store file that could not be opened/)]));
    await store.close();
  });

  test('a damaged store file after many compactions, reopenings and saves: every acknowledged save is recovered', async () => {
    const dir = await tempDir();
    const expected: string[] = [];
    let opened = await openStore({ dir, journalLimit: 3_000 });
    for (let round = 0; round < 3; round += 1) {
      for (let i = 0; i < 12; i += 1) {
        const name = `r${round}-p${String(i).padStart(2, '0')}`;
        await opened.store.save(makeProfile({ name }), summary);
        expected.push(name);
        if (i % 5 === 4) await opened.store.settled();
      }
      await opened.store.close();
      opened = await openStore({ dir, journalLimit: 3_000 });
    }
    for (let i = 0; i < 7; i += 1) {
      const name = `last-${i}`;
      await opened.store.save(makeProfile({ name }), summary);
      expected.push(name);
    }
    expect(recordStarts(await readFile(join(dir, 'profiles.db.bak.journal'))).length).toBeGreaterThan(1);
    const copy = await crashCopy(dir);
    await writeFile(join(copy, 'profiles.db'), new Uint8Array(0));

    const { names, notice } = await openNames(copy);
    expect(notice.outcome).toBe('recovered');
    expect(names).toEqual([...expected].sort());
    expect(notice.message).not.toMatch(/may be missing/);
    await opened.store.close();
  });

  /** Each step of a compaction (README, "Compaction"), failing: what it leaves is what a crash there would. */
  const compactionSteps: { what: string; fault: Fault }[] = [
    { what: 'writing the checksum file', fault: { at: 'create', path: /profiles\.db\.sha256\./, errno: 'EIO' } },
    { what: 'making the store file the last good copy', fault: { at: 'rename', path: /\.tmp -> .*profiles\.db\.bak$/, errno: 'EIO' } },
    { what: 'the folder fsync after the last good copy', fault: { at: 'syncDir', errno: 'EIO', skip: 1 } },
    { what: 'keeping the journal beside the last good copy', fault: { at: 'rename', path: /profiles\.db\.journal -> .*profiles\.db\.bak\.journal$/, errno: 'EIO' } },
    { what: 'the folder fsync after keeping the journal', fault: { at: 'syncDir', errno: 'EIO', skip: 2 } },
    { what: 'writing the new store file', fault: { at: 'write', path: /profiles\.db\.[0-9a-f]{16}\.tmp$/, errno: 'ENOSPC' } },
    { what: 'renaming it over the store file', fault: { at: 'rename', path: /\.tmp -> .*profiles\.db$/, errno: 'EIO' } },
    { what: 'the folder fsync after that rename', fault: { at: 'syncDir', errno: 'EIO', skip: 3 } },
    { what: 'creating the new journal', fault: { at: 'create', path: /profiles\.db\.journal\.[0-9a-f]{16}\.tmp$/, errno: 'ENOSPC' } },
    { what: 'renaming the new journal into place', fault: { at: 'rename', path: /\.tmp -> .*profiles\.db\.journal$/, errno: 'EIO' } },
  ];

  test.each(compactionSteps)('a crash at $what: every acknowledged save survives, with the store file and with it damaged', async ({ fault }) => {
    const fs = faultyFs();
    const dir = await tempDir();
    const { store } = await openStore({ dir, fs, journalLimit: 0 });
    for (const name of ['a', 'b', 'c']) {
      await store.save(makeProfile({ name }), summary);
      await store.settled();
    }
    fs.arm(fault);
    await store.save(makeProfile({ name: 'd' }), summary);
    await store.settled();
    const expected = ['a', 'b', 'c', 'd'];
    expect((await openNames(await crashCopy(dir))).names).toEqual(expected);
    const damaged = await crashCopy(dir);
    await truncate(join(damaged, 'profiles.db'), 100);
    const recovered = await openNames(damaged);
    expect(recovered.notice.outcome).toBe('recovered');
    expect(recovered.names).toEqual(expected);
    expect(await openNames(damaged)).toMatchObject({ names: expected, notice: { outcome: 'opened' } });

    fs.arm();
    await store.save(makeProfile({ name: 'e' }), summary);
    await store.settled();
    expect((await openNames(await crashCopy(dir))).names).toEqual([...expected, 'e']);
    await store.close();
    expect((await openNames(dir)).names).toEqual([...expected, 'e']);
  });

  test('a read-only open replays the holder’s journal in memory and writes nothing', async () => {
    const { dir, store } = await journalled(['a', 'b']);
    const files = async () => Promise.all((await readdir(dir)).sort().map(async (name) => [name, await readFile(join(dir, name))] as const));
    const before = await files();
    const reader = await openStore({ dir });
    expect(reader.notice.readOnly).toMatchObject({ kind: 'locked' });
    expect(namesOf(reader.store)).toEqual(['a', 'b']);
    await reader.store.close();
    expect(await files()).toEqual(before);
    await store.close();
  });
});
