import { spawn } from 'node:child_process';
import { access, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { nodeLockHost, openStore } from '../../../electron/store';
import { faultyFs, makeProfile, summary, rejectionCode, tempDir } from './helpers';

/** The pid of a process that has exited: a real dead pid on this host. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  if (child.pid === undefined) throw new Error('no pid');
  return child.pid;
}

async function writeLock(dir: string, owner: Partial<{ pid: number; hostname: string; bootTime: number }>) {
  const lock = { pid: process.pid, hostname: hostname(), bootTime: nodeLockHost.bootTime(), token: 'someone-else', createdAt: new Date().toISOString(), ...owner };
  await writeFile(join(dir, 'profiles.db.lock'), JSON.stringify(lock));
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('the lock', () => {
  test('a second open of a folder in use is read-only, says who holds it, and refuses writes', async () => {
    const dir = await tempDir();
    const first = await openStore({ dir });
    await first.store.save(makeProfile({ name: 'shared' }), summary);

    const second = await openStore({ dir });
    expect(second.notice.readOnly).toEqual({ kind: 'locked', owner: { pid: process.pid, hostname: hostname() } });
    expect(second.notice.message).toMatch(/Another Hostwise window .*read-only/);
    expect(second.store.list().map((s) => s.name)).toEqual(['shared']);
    expect(await rejectionCode(second.store.save(makeProfile(), summary))).toBe('store-read-only');
    await second.store.close();
    expect(await exists(join(dir, 'profiles.db.lock'))).toBe(true);

    await first.store.close();
    expect(await exists(join(dir, 'profiles.db.lock'))).toBe(false);
    const third = await openStore({ dir });
    expect(third.store.readOnly).toBeNull();
    await third.store.close();
  });

  test('a stale lock (its process is dead on this host) is taken over', async () => {
    const dir = await tempDir();
    await writeLock(dir, { pid: await deadPid() });
    const { store, notice } = await openStore({ dir });
    expect(notice.readOnly).toBeNull();
    await store.save(makeProfile(), summary);
    expect(JSON.parse(await readFile(join(dir, 'profiles.db.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    await store.close();
  });

  test('a lock from before a reboot is taken over even if its pid is alive now', async () => {
    const dir = await tempDir();
    await writeLock(dir, { bootTime: nodeLockHost.bootTime() - 86_400_000 });
    const { store } = await openStore({ dir });
    expect(store.readOnly).toBeNull();
    await store.close();
  });

  test('a damaged lock file is taken over', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'profiles.db.lock'), '{"pid": 12');
    const { store } = await openStore({ dir });
    expect(store.readOnly).toBeNull();
    await store.close();
  });

  test('a lock held from another host cannot be judged and is respected', async () => {
    const dir = await tempDir();
    await writeLock(dir, { hostname: 'another-host', pid: await deadPid() });
    const { store, notice } = await openStore({ dir });
    expect(notice.readOnly).toEqual({ kind: 'locked', owner: expect.objectContaining({ hostname: 'another-host' }) as object });
    await store.close();
    expect(await exists(join(dir, 'profiles.db.lock'))).toBe(true);
  });

  test('a read-only folder (EROFS, EACCES) opens read-only with the saved profiles', async () => {
    for (const errno of ['EROFS', 'EACCES']) {
      const dir = await tempDir();
      const writer = await openStore({ dir });
      await writer.store.save(makeProfile({ name: 'kept' }), summary);
      await writer.store.close();
      const fs = faultyFs();
      fs.arm({ at: 'create', errno });
      const { store, notice } = await openStore({ dir, fs });
      expect(notice.readOnly).toEqual({ kind: 'folder-read-only', errno });
      expect(notice.message).toMatch(/cannot write to the folder/);
      expect(store.list().map((s) => s.name)).toEqual(['kept']);
      expect(await rejectionCode(store.rename(store.list()[0]!.id, 'x'))).toBe('store-read-only');
      await store.close();
    }
  });
});

describe('a store file changed by someone else', () => {
  test('a second writer that ignored the lock: the save is refused, the other write is not lost', async () => {
    const dir = await tempDir();
    const first = await openStore({ dir });
    await first.store.save(makeProfile({ name: 'base' }), summary);
    await rm(join(dir, 'profiles.db.lock'));
    const second = await openStore({ dir });
    expect(second.store.readOnly).toBeNull();
    await second.store.save(makeProfile({ name: 'from second' }), summary);

    expect(await rejectionCode(first.store.save(makeProfile({ name: 'from first' }), summary))).toBe('store-changed-on-disk');
    expect(first.store.list().map((s) => s.name)).toEqual(['base']);
    await first.store.close();
    await second.store.close();
    const check = await openStore({ dir });
    expect(check.store.list().map((s) => s.name).sort()).toEqual(['base', 'from second']);
    await check.store.close();
  });

  test('a store file deleted behind the store’s back is not silently recreated', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dir });
    await store.save(makeProfile(), summary);
    await rm(join(dir, 'profiles.db'));
    expect(await rejectionCode(store.save(makeProfile(), summary))).toBe('store-changed-on-disk');
    await store.close();
  });

  test('a touched file with the same bytes (a backup tool resetting mtime) is still ours', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dir });
    await store.save(makeProfile({ name: 'a' }), summary);
    await utimes(join(dir, 'profiles.db'), new Date(2000, 0, 1), new Date(2000, 0, 1));
    await store.save(makeProfile({ name: 'b' }), summary);
    expect(store.list()).toHaveLength(2);
    await store.close();
  });

  test('bytes rewritten in place with the same size are detected by their hash', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dir });
    await store.save(makeProfile({ name: 'a' }), summary);
    const path = join(dir, 'profiles.db');
    const bytes = await readFile(path);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
    await writeFile(path, bytes);
    expect(await rejectionCode(store.save(makeProfile(), summary))).toBe('store-changed-on-disk');
    await store.close();
  });
});
