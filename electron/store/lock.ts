import { randomUUID } from 'node:crypto';
import { hostname, uptime } from 'node:os';
import { z } from 'zod';
import { errnoCode, isNotWritable } from './errors';
import { jsonBytes, readJsonFile, removeQuietly, tempPath, writeNewFile, type StoreFs } from './fs';

/** The process that holds a store's lock, as written in the lock file. */
const ownerSchema = z.object({
  pid: z.int(),
  hostname: z.string(),
  /** When the holder's machine booted: after a reboot its pid may belong to another process. */
  bootTime: z.number(),
  token: z.string(),
  createdAt: z.string(),
});
export type LockOwner = z.infer<typeof ownerSchema>;

/** What the lock needs to know about this process and machine. */
export interface LockHost {
  pid: number;
  hostname: string;
  bootTime(): number;
  isAlive(pid: number): boolean;
}

export const nodeLockHost: LockHost = {
  pid: process.pid,
  hostname: hostname(),
  bootTime: () => Date.now() - uptime() * 1000,
  isAlive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return errnoCode(error) === 'EPERM';
    }
  },
};

/** Boot times computed from uptime drift by a few seconds; two boots are minutes apart. */
const bootTolerance = 60_000;

export type LockResult =
  | { held: true; release: () => Promise<void> }
  | { held: false; reason: 'locked'; owner: LockOwner | null }
  | { held: false; reason: 'folder-read-only'; errno: string };

/**
 * Takes the store's lock: a file created atomically (written beside it, then hard-linked into place, which
 * fails if it exists) holding our pid and host. A lock whose process is gone from this host is taken over.
 * Two processes taking over the same stale lock at the same instant could both succeed; the check before
 * every write (DurableFile) still stops either from overwriting the other.
 */
export async function acquireLock(fs: StoreFs, path: string, host: LockHost, now: Date): Promise<LockResult> {
  const owner: LockOwner = { pid: host.pid, hostname: host.hostname, bootTime: host.bootTime(), token: randomUUID(), createdAt: now.toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await createLockFile(fs, path, owner);
      return { held: true, release: () => releaseLock(fs, path, owner.token) };
    } catch (error) {
      if (isNotWritable(error)) return { held: false, reason: 'folder-read-only', errno: errnoCode(error) ?? 'EACCES' };
      if (errnoCode(error) !== 'EEXIST') throw error;
    }
    const holder = await readOwner(fs, path);
    if (holder !== null && !isStale(holder, host)) return { held: false, reason: 'locked', owner: holder };
    await removeQuietly(fs, path);
  }
  return { held: false, reason: 'locked', owner: await readOwner(fs, path) };
}

async function createLockFile(fs: StoreFs, path: string, owner: LockOwner): Promise<void> {
  const temp = tempPath(path);
  await writeNewFile(fs, temp, jsonBytes(owner));
  try {
    await fs.link(temp, path);
  } finally {
    await removeQuietly(fs, temp);
  }
}

/** null for a missing or unreadable lock file (a lock is written whole, so an unreadable one is damaged). */
function readOwner(fs: StoreFs, path: string): Promise<LockOwner | null> {
  return readJsonFile(fs, path, ownerSchema);
}

function isStale(owner: LockOwner, host: LockHost): boolean {
  if (owner.hostname !== host.hostname) return false;
  return Math.abs(owner.bootTime - host.bootTime()) > bootTolerance || !host.isAlive(owner.pid);
}

async function releaseLock(fs: StoreFs, path: string, token: string): Promise<void> {
  const holder = await readOwner(fs, path);
  if (holder?.token === token) await removeQuietly(fs, path);
}
