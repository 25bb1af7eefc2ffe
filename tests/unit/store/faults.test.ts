import { readdir } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { openStore, type StoreErrorCode } from '../../../electron/store';
import { faultyFs, makeProfile, namesOf, rejection, summary, tempDir, type Fault } from './helpers';

const dbTemp = /profiles\.db\.[0-9a-f]{16}\.tmp$/;
const checksumTemp = /profiles\.db\.sha256\.[0-9a-f]{16}\.tmp$/;
const dbRename = /\.tmp -> .*profiles\.db$/;
/** Keeps the store from starting a journal, so every save writes the whole file (as a compaction does). */
const noJournal: Fault = { at: 'create', path: /profiles\.db\.journal\./, errno: 'EIO' };

/** What a fresh open of the folder finds on disk (read-only: the store under test still holds the lock). */
async function onDisk(dir: string): Promise<string[]> {
  const { store, notice } = await openStore({ dir });
  expect(notice.outcome).toBe('opened');
  const names = namesOf(store);
  await store.close();
  return names;
}

/**
 * `disk`: what the store file holds after the failure. Once the rename is done only the folder's fsync can
 * fail; the new file is then in place but may not survive a crash, so the save is not acknowledged and memory
 * goes back to the last acknowledged state; the next save replaces the file.
 */
const cases: { what: string; faults: Fault[]; code: StoreErrorCode; disk?: string[] }[] = [
  { what: 'disk full while writing the temp file', faults: [{ at: 'write', path: dbTemp, errno: 'ENOSPC' }], code: 'store-disk-full' },
  { what: 'disk full at fsync of the temp file', faults: [{ at: 'sync', path: dbTemp, errno: 'ENOSPC' }], code: 'store-disk-full' },
  { what: 'disk full at the rename over the store file', faults: [{ at: 'rename', path: dbRename, errno: 'ENOSPC' }], code: 'store-disk-full' },
  { what: 'disk full while writing the checksum file', faults: [{ at: 'write', path: checksumTemp, errno: 'ENOSPC' }], code: 'store-disk-full' },
  { what: 'quota exceeded at fsync', faults: [{ at: 'sync', errno: 'EDQUOT' }], code: 'store-disk-full' },
  { what: 'read-only file system', faults: [{ at: 'create', errno: 'EROFS' }], code: 'store-folder-read-only' },
  { what: 'permission denied', faults: [{ at: 'create', errno: 'EACCES' }], code: 'store-folder-read-only' },
  { what: 'last good copy cannot be linked', faults: [{ at: 'link', errno: 'EPERM' }], code: 'store-folder-read-only' },
  { what: 'I/O error at the folder fsync before the rename', faults: [{ at: 'syncDir', errno: 'EIO' }], code: 'store-write-failed' },
  {
    what: 'I/O error at the folder fsync after the rename',
    faults: [{ at: 'syncDir', errno: 'EIO', skip: 1 }],
    code: 'store-write-failed',
    disk: ['before', 'failed'],
  },
];

describe('a write that fails', () => {
  test.each(cases)('$what → $code, previous data intact, store usable afterwards', async ({ faults, code, disk = ['before'] }) => {
    const dir = await tempDir();
    const fs = faultyFs();
    fs.arm(noJournal);
    const { store } = await openStore({ dir, fs });
    await store.save(makeProfile({ name: 'before' }), summary);

    fs.arm(noJournal, ...faults);
    const error = await rejection(store.save(makeProfile({ name: 'failed' }), summary));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/not saved/);
    expect(namesOf(store)).toEqual(['before']);
    expect(await onDisk(dir)).toEqual(disk);

    fs.arm();
    await store.save(makeProfile({ name: 'after' }), summary);
    expect(namesOf(store)).toEqual(['after', 'before']);
    await store.close();
    expect(await onDisk(dir)).toEqual(['after', 'before']);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('every save of a failed burst is rejected; later saves are not', async () => {
    const dir = await tempDir();
    const fs = faultyFs();
    fs.arm(noJournal);
    const { store } = await openStore({ dir, fs });
    await store.save(makeProfile({ name: 'before' }), summary);
    fs.arm(noJournal, { at: 'write', path: dbTemp, errno: 'ENOSPC' });
    const burst = ['a', 'b', 'c'].map((name) => store.save(makeProfile({ name }), summary));
    const results = await Promise.allSettled(burst);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    fs.arm();
    await store.save(makeProfile({ name: 'later' }), summary);
    expect(namesOf(store)).toEqual(['before', 'later']);
    await store.close();
  });
});

describe('a write that fails while opening', () => {
  test('creating a store on a full disk fails with store-open-failed and lets go of the lock', async () => {
    const dir = await tempDir();
    const fs = faultyFs();
    fs.arm({ at: 'write', path: dbTemp, errno: 'ENOSPC' });
    const error = await rejection(openStore({ dir, fs }));
    expect(error.code).toBe('store-open-failed');
    expect(error.details.code).toBe('store-disk-full');
    expect(await readdir(dir)).toEqual(['profiles.db.sha256']);
    fs.arm();
    const { store, notice } = await openStore({ dir, fs });
    expect(notice.outcome).toBe('created');
    await store.close();
  });
});
