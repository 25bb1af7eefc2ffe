import { basename, join } from 'node:path';
import { z } from 'zod';
import { StoreError, writeError } from './errors';
import { isTempName, jsonBytes, readJsonFile, removeQuietly, replaceFile, tempPath, type FileStamp, type StoreFs } from './fs';
import { sha256 } from './integrity';

export interface StorePaths {
  dir: string;
  db: string;
  /** The last good copy: the store file as it was before the latest save. */
  backup: string;
  /** SHA-256 of the bytes this app wrote, to detect damage SQLite's own checks miss. */
  checksums: string;
  lock: string;
  /** The changes acknowledged since the store file was last written whole (see `journal.ts`). */
  journal: string;
  /** The journal whose base is the last good copy (kept at the compaction that made `.bak`). */
  backupJournal: string;
}

export function storePaths(dir: string): StorePaths {
  const db = join(dir, 'profiles.db');
  return { dir, db, backup: `${db}.bak`, checksums: `${db}.sha256`, lock: `${db}.lock`, journal: `${db}.journal`, backupJournal: `${db}.bak.journal` };
}

const checksumsSchema = z.object({
  format: z.literal(1),
  db: z.array(z.string()),
  backup: z.array(z.string()),
});

/** The hashes the store file and the last good copy may have: each file can be its old or its new version. */
export type Checksums = Omit<z.infer<typeof checksumsSchema>, 'format'>;

/** null when the file is missing or unreadable: then only SQLite's checks can judge a store file. */
export async function readChecksums(fs: StoreFs, paths: StorePaths): Promise<Checksums | null> {
  const file = await readJsonFile(fs, paths.checksums, checksumsSchema);
  return file && { db: file.db, backup: file.backup };
}

/** What this store believes the store file on disk is: none of `hashes` means it must not exist. */
export interface DiskState {
  hashes: readonly string[];
  /** Set when `hashes` has exactly one entry and the file has not been touched since. */
  stamp: FileStamp | null;
}

/**
 * The store file, written so that a crash at any point leaves a store that opens with every acknowledged save.
 *
 * Order of one write, and why a crash between any two steps is safe:
 * 1. the checksum file is replaced (temp file, fsync, rename, fsync folder) by one that accepts the current
 *    *and* the new bytes, for the store file and for the last good copy; so whichever version a crash
 *    leaves in place, its checksum is on disk before it is;
 * 2. the current file becomes the last good copy (a hard link renamed over `.bak`: atomic, no copy);
 * 3. the new bytes go to a temp file, fsync, rename over the store file, fsync folder.
 * The old hash is dropped from the checksum file at the next write, never needing an extra fsync.
 */
export class DurableFile {
  constructor(
    private readonly fs: StoreFs,
    private readonly paths: StorePaths,
    private expected: DiskState,
    private backupHashes: readonly string[],
  ) {}

  /**
   * Resolves with the SHA-256 of `bytes` once they are the store file, durably. `afterBackup` runs once the
   * current file is `.bak` and before the new bytes replace it (only when there is a current file).
   */
  async write(bytes: Uint8Array, afterBackup?: () => Promise<void>): Promise<string> {
    try {
      const current = await this.confirmUnchanged();
      const next = sha256(bytes);
      const candidates = current === null ? [next] : [current, next];
      await this.writeChecksums({ db: candidates, backup: current === null ? [...this.backupHashes] : [...this.backupHashes, current] });
      if (current !== null) {
        await this.rotateBackup(current);
        await afterBackup?.();
      }
      // From the rename on, either version may be what a crash leaves; both are ours.
      this.expected = { hashes: candidates, stamp: null };
      await replaceFile(this.fs, this.paths.db, bytes);
      await this.fs.syncDir(this.paths.dir);
      this.expected = { hashes: [next], stamp: await this.fs.stat(this.paths.db).catch(() => null) };
      return next;
    } catch (error) {
      throw writeError(error);
    }
  }

  /**
   * Refuses to write over (or journal changes to) a file that someone else replaced since this store loaded
   * or last wrote it. Returns its hash; cheap (a stat) while its stamp is the one this store knows.
   */
  async confirmUnchanged(): Promise<string | null> {
    const stamp = await this.fs.stat(this.paths.db);
    const { hashes, stamp: known } = this.expected;
    const [only] = hashes;
    if (stamp === null && only === undefined) return null;
    if (stamp !== null && known !== null && only !== undefined && sameStamp(stamp, known)) return only;
    if (stamp !== null) {
      const hash = sha256(await this.fs.readFile(this.paths.db));
      if (hashes.includes(hash)) return hash;
    }
    throw new StoreError(
      'store-changed-on-disk',
      'Your saved profiles were changed by another program or another Hostwise window, so this change was not saved. Reopen them to see the latest version.',
      { path: this.paths.db },
    );
  }

  private async writeChecksums(checksums: Checksums): Promise<void> {
    await replaceFile(this.fs, this.paths.checksums, jsonBytes({ format: 1, ...checksums }));
    await this.fs.syncDir(this.paths.dir);
  }

  private async rotateBackup(current: string): Promise<void> {
    const temp = tempPath(this.paths.backup);
    try {
      await this.fs.link(this.paths.db, temp);
      await this.fs.rename(temp, this.paths.backup);
      this.backupHashes = [current];
    } finally {
      // rename() leaves `temp` in place when `.bak` is already the same file (a failed write left them linked).
      await removeQuietly(this.fs, temp);
    }
  }
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

/** Moves a damaged file out of the way under a timestamped name; it is never deleted. */
export async function keepAside(fs: StoreFs, path: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt += 1) {
    const target = `${path}.damaged-${stamp}${attempt === 0 ? '' : `-${attempt}`}`;
    if ((await fs.stat(target)) === null) {
      await fs.rename(path, target);
      return target;
    }
  }
}

/** Temp files left by a write that was killed; only the holder of the lock may remove them. */
export async function removeStaleTemps(fs: StoreFs, paths: StorePaths): Promise<void> {
  const stale = (await fs.readdir(paths.dir)).filter((name) => isTempName(name, basename(paths.db)));
  await Promise.all(stale.map((name) => removeQuietly(fs, join(paths.dir, name))));
}
