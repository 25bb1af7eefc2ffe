import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { StoreError } from '../../../electron/store/errors';
import type { ProfileStore } from '../../../electron/store/profile-store';
import { nodeStoreFs, type StoreFs } from '../../../electron/store/fs';
import type { Clock } from '../../../electron/store/profile-store';

const dirs: string[] = [];

/** A fresh folder removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hostwise-store-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

export { makeProfile, summary } from './profiles';

/** The names in the library, sorted. */
export function namesOf(store: ProfileStore): string[] {
  return store
    .list()
    .map((s) => s.name)
    .sort();
}

/** The StoreError a promise rejects with. */
export async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (error instanceof StoreError) return error;
  throw new Error(`expected a StoreError, got ${String(error)}`);
}

export async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  return (await rejection(promise)).code;
}

/** The code of the StoreError a call throws. */
export function thrownCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof StoreError) return error.code;
    throw error;
  }
  throw new Error('expected a StoreError');
}

/** A clock that moves one second per reading, so every write has its own time. */
export function steppingClock(start = Date.parse('2025-06-01T10:00:00.000Z')): Clock {
  let tick = 0;
  return { now: () => new Date(start + 1000 * tick++) };
}

export type FaultPoint = 'create' | 'write' | 'sync' | 'rename' | 'link' | 'syncDir' | 'readFile';

export interface Fault {
  at: FaultPoint;
  /** Fails only calls whose path matches, e.g. /profiles\.db\.[0-9a-f]+\.tmp$/ for the store's temp file. */
  path?: RegExp;
  errno: string;
  /** Matching calls to let through before failing (default 0). */
  skip?: number;
}

export type FaultyFs = StoreFs & { arm(...faults: Fault[]): void };

/**
 * The real file system with faults injected at chosen calls (real chmod does not stop root, and a full
 * disk cannot be made on demand). `arm` sets the faults; each fires on every matching call until re-armed.
 */
export function faultyFs(base: StoreFs = nodeStoreFs): FaultyFs {
  let faults: Fault[] = [];
  const seen = new Map<Fault, number>();
  const check = (at: FaultPoint, path: string) => {
    const fault = faults.find((f) => f.at === at && (f.path?.test(path) ?? true));
    if (!fault) return;
    seen.set(fault, (seen.get(fault) ?? 0) + 1);
    if ((seen.get(fault) ?? 0) > (fault.skip ?? 0)) throw Object.assign(new Error(`${fault.errno}: injected at ${at} ${path}`), { code: fault.errno });
  };
  return {
    arm(...next) {
      faults = next;
    },
    async readFile(path) {
      check('readFile', path);
      return base.readFile(path);
    },
    async create(path) {
      check('create', path);
      const file = await base.create(path);
      return {
        async write(data) {
          check('write', path);
          await file.write(data);
        },
        async sync() {
          check('sync', path);
          await file.sync();
        },
        close: () => file.close(),
      };
    },
    async rename(from, to) {
      check('rename', `${from} -> ${to}`);
      await base.rename(from, to);
    },
    async link(from, to) {
      check('link', `${from} -> ${to}`);
      await base.link(from, to);
    },
    unlink: (path) => base.unlink(path),
    readdir: (dir) => base.readdir(dir),
    stat: (path) => base.stat(path),
    mkdir: (dir) => base.mkdir(dir),
    async syncDir(dir) {
      check('syncDir', dir);
      await base.syncDir(dir);
    },
  };
}
