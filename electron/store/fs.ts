import { randomBytes } from 'node:crypto';
import { open, readFile, readdir, rename, link, unlink, stat, mkdir } from 'node:fs/promises';
import type { z } from 'zod';
import { errnoCode } from './errors';

/** What identifies one version of a file without reading it: a rename over it changes `ino`, a write changes `mtimeMs`. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

export interface NewFile {
  write(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The few file-system operations the store needs; tests wrap it to inject faults at chosen calls. */
export interface StoreFs {
  readFile(path: string): Promise<Uint8Array>;
  /** Creates a file that must not exist yet. */
  create(path: string): Promise<NewFile>;
  rename(from: string, to: string): Promise<void>;
  /** A hard link: fails with EEXIST when `to` exists, which makes it an exclusive, atomic create. */
  link(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  /** null when the file does not exist. */
  stat(path: string): Promise<FileStamp | null>;
  mkdir(dir: string): Promise<void>;
  /** Makes the folder's entries (renames, links) durable. */
  syncDir(dir: string): Promise<void>;
}

export const nodeStoreFs: StoreFs = {
  readFile: (path) => readFile(path),
  async create(path) {
    const handle = await open(path, 'wx');
    return { write: (data) => handle.writeFile(data), sync: () => handle.sync(), close: () => handle.close() };
  },
  rename,
  link,
  unlink,
  readdir: (dir) => readdir(dir),
  async stat(path) {
    try {
      const { size, mtimeMs, ino } = await stat(path);
      return { size, mtimeMs, ino };
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw error;
    }
  },
  async mkdir(dir) {
    await mkdir(dir, { recursive: true });
  },
  async syncDir(dir) {
    // Windows cannot open a folder for fsync; NTFS journals its metadata itself.
    if (process.platform === 'win32') return;
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/** A fresh name beside `path`; every temporary file of the store matches `isTempName`. */
export function tempPath(path: string): string {
  return `${path}.${randomBytes(8).toString('hex')}.tmp`;
}

export function isTempName(name: string, storeFileName: string): boolean {
  return name.startsWith(`${storeFileName}.`) && /\.[0-9a-f]{16}\.tmp$/.test(name);
}

/** Writes a new file and fsyncs it; on failure the partial file is removed. */
export async function writeNewFile(fs: StoreFs, path: string, data: Uint8Array): Promise<void> {
  const file = await fs.create(path);
  try {
    try {
      await file.write(data);
      await file.sync();
    } finally {
      await file.close();
    }
  } catch (error) {
    await removeQuietly(fs, path);
    throw error;
  }
}

/** Replaces `path` atomically with new bytes that are on disk (the caller fsyncs the folder for the rename). */
export async function replaceFile(fs: StoreFs, path: string, data: Uint8Array): Promise<void> {
  const temp = tempPath(path);
  await writeNewFile(fs, temp, data);
  try {
    await fs.rename(temp, path);
  } catch (error) {
    await removeQuietly(fs, temp);
    throw error;
  }
}

/** Clean-up after a failure: the original error matters, not this one. */
export async function removeQuietly(fs: StoreFs, path: string): Promise<void> {
  await fs.unlink(path).catch(() => undefined);
}

export async function readIfExists(fs: StoreFs, path: string): Promise<Uint8Array | null> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** null for a missing file, or one that is not the JSON `schema` expects. */
export async function readJsonFile<T>(fs: StoreFs, path: string, schema: z.ZodType<T>): Promise<T | null> {
  const bytes = await readIfExists(fs, path);
  if (bytes === null) return null;
  try {
    return schema.parse(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}

export function jsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}
