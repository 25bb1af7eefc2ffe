import { createHash } from 'node:crypto';
import { z } from 'zod';
import { jsonBytes, removeQuietly, tempPath, type NewFile, type StoreFs } from './fs';
import type { Change, SqlDb, SqlParam } from './sqlite';

/**
 * The write-ahead journal beside the store file: a header naming the store file it follows (its SHA-256),
 * then one record per acknowledged batch of changes. Each record (header included) is framed as
 * 4-byte little-endian length, JSON payload, SHA-256 of the payload.
 */
const lengthBytes = 4;
const hashBytes = 32;

/** Format 2 adds `previous`: the hash of the store file whose compaction (with the journal kept beside `.bak`) is `base`. */
const headerSchema = z.union([z.object({ format: z.literal(1), base: z.string() }), z.object({ format: z.literal(2), base: z.string(), previous: z.string().nullable() })]);
const paramSchema = z.union([z.string(), z.number(), z.null(), z.object({ bytes: z.string() })]);
const batchSchema = z.array(z.object({ sql: z.string(), params: z.array(paramSchema) }));

export interface JournalContents {
  /** The SHA-256 of the store file the records apply to; null when the header cannot be read. */
  base: string | null;
  /** The hash of the last good copy that `base` was compacted from (with the journal kept beside it); null if unknown. */
  previous: string | null;
  /** The batches, in order, up to the first record that is cut short or fails its checksum. */
  batches: Change[][];
  /** Set when a complete record failed its checksum: it and everything after it were not applied. */
  problem: string | null;
}

function frame(payload: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(lengthBytes + payload.length + hashBytes);
  new DataView(bytes.buffer).setUint32(0, payload.length, true);
  bytes.set(payload, lengthBytes);
  bytes.set(createHash('sha256').update(payload).digest(), lengthBytes + payload.length);
  return bytes;
}

function encodeBatch(changes: readonly Change[]): Uint8Array {
  return jsonBytes(changes.map(({ sql, params }) => ({ sql, params: params.map((p) => (p instanceof Uint8Array ? { bytes: Buffer.from(p).toString('base64') } : p)) })));
}

function decodeBatch(payload: unknown): Change[] {
  return batchSchema.parse(payload).map(({ sql, params }) => ({
    sql,
    params: params.map((p): SqlParam => (p !== null && typeof p === 'object' ? new Uint8Array(Buffer.from(p.bytes, 'base64')) : p)),
  }));
}

type Frame = { kind: 'record'; payload: unknown; end: number } | { kind: 'torn' } | { kind: 'corrupt' };

/** The record at `offset`: cut short (a crash while appending, never acknowledged), damaged, or whole. */
function readFrame(bytes: Uint8Array, offset: number): Frame {
  if (offset + lengthBytes > bytes.length) return { kind: 'torn' };
  const length = new DataView(bytes.buffer, bytes.byteOffset + offset).getUint32(0, true);
  const end = offset + lengthBytes + length + hashBytes;
  if (end > bytes.length) return { kind: 'torn' };
  const payload = bytes.subarray(offset + lengthBytes, end - hashBytes);
  const hash = createHash('sha256').update(payload).digest();
  if (!hash.equals(bytes.subarray(end - hashBytes, end))) return { kind: 'corrupt' };
  try {
    return { kind: 'record', payload: JSON.parse(new TextDecoder().decode(payload)), end };
  } catch {
    return { kind: 'corrupt' };
  }
}

export function readJournal(bytes: Uint8Array): JournalContents {
  const first = readFrame(bytes, 0);
  const header = first.kind === 'record' ? headerSchema.safeParse(first.payload) : null;
  if (first.kind !== 'record' || !header?.success) return { base: null, previous: null, batches: [], problem: 'its header is unreadable' };
  const { base } = header.data;
  const previous = header.data.format === 2 ? header.data.previous : null;
  const batches: Change[][] = [];
  for (let offset = first.end; offset < bytes.length; ) {
    const next = readFrame(bytes, offset);
    if (next.kind === 'torn') break;
    const batch = next.kind === 'record' ? batchSchema.safeParse(next.payload) : null;
    if (next.kind === 'corrupt' || !batch?.success) {
      return { base, previous, batches, problem: `record ${batches.length + 1} (byte ${offset}) is damaged; it and the ${bytes.length - offset} bytes from it were not applied` };
    }
    batches.push(decodeBatch(next.payload));
    offset = next.end;
  }
  return { base, previous, batches, problem: null };
}

/** An open journal that appends durably: each `append` resolves once its record is on disk. */
export class Journal {
  private constructor(
    private readonly file: NewFile,
    private bytes: number,
  ) {}

  /**
   * Writes a new journal for the store file with hash `base` (temp, fsync, rename, fsync folder) and keeps it
   * open. `previous`: the hash of `.bak` when `base` is `.bak` plus the journal kept beside it, else null.
   */
  static async start(fs: StoreFs, path: string, dir: string, base: string, previous: string | null): Promise<Journal> {
    const temp = tempPath(path);
    const file = await fs.create(temp);
    const header = frame(jsonBytes({ format: 2, base, previous }));
    try {
      await file.write(header);
      await file.sync();
      await fs.rename(temp, path);
      await fs.syncDir(dir);
    } catch (error) {
      await file.close().catch(() => undefined);
      await removeQuietly(fs, temp);
      throw error;
    }
    return new Journal(file, header.length);
  }

  /** Bytes written so far, header included. */
  get size(): number {
    return this.bytes;
  }

  async append(changes: readonly Change[]): Promise<void> {
    const record = frame(encodeBatch(changes));
    await this.file.write(record);
    await this.file.sync();
    this.bytes += record.length;
  }

  close(): Promise<void> {
    return this.file.close();
  }
}

/** The journal becomes the one kept beside `.bak` (atomic rename, fsync folder). */
export async function keepAsPrevious(fs: StoreFs, journal: string, backupJournal: string, dir: string): Promise<void> {
  await fs.rename(journal, backupJournal);
  await fs.syncDir(dir);
}

/** Applies journalled batches to `db`, in order. */
export function replay(db: SqlDb, batches: readonly Change[][]): void {
  for (const batch of batches) for (const { sql, params } of batch) db.run(sql, params);
}
