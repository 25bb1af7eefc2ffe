import { cp, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
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

  test('recovery from the last good copy: a journal that followed the damaged file is reported and kept aside', async () => {
    const dir = await tempDir();
    const compacting = await openStore({ dir, journalLimit: 0 });
    await compacting.store.save(makeProfile({ name: 'first' }), summary);
    await compacting.store.save(makeProfile({ name: 'second' }), summary);
    await compacting.store.close();
    const { store } = await openStore({ dir });
    await store.save(makeProfile({ name: 'journalled' }), summary);
    const copy = await crashCopy(dir);
    await truncate(join(copy, 'profiles.db'), 100);

    const { names, notice } = await openNames(copy);
    expect(notice.outcome).toBe('recovered');
    expect(names).toEqual(['first']);
    expect(notice.keptAside).toEqual(expect.arrayContaining([expect.stringMatching(/profiles\.db\.journal\.damaged-/)]));
    expect(notice.problems).toEqual(expect.arrayContaining([expect.stringMatching(/journal: it follows a store file that could not be opened/)]));
    await store.close();
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
