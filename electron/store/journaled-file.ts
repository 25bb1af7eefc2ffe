import type { DurableFile, StorePaths } from './durable-file';
import { writeError } from './errors';
import type { StoreFs } from './fs';
import { Journal, replay } from './journal';
import { SqlDb, type Change, type SqlEngine } from './sqlite';

/**
 * The store file plus its journal. A save appends one record and fsyncs the journal; compaction writes the
 * whole database as a new store file (`DurableFile`) and only then starts a new journal naming it, so at
 * every moment the store file on disk plus the journal whose header names it hold every acknowledged save.
 * Without an open journal (it could not be started, or an append failed and may have left a torn record),
 * the next save is a compaction.
 */
export class JournaledFile {
  private journal: Journal | null = null;
  /** The batches in the journal, applied on top of `base`: the state a failed write rolls back to. */
  private batches: Change[][] = [];

  constructor(
    private readonly fs: StoreFs,
    private readonly paths: StorePaths,
    private readonly file: DurableFile,
    /** The bytes of the store file last made durable. */
    private base: Uint8Array,
    /** Journal size (bytes) from which it is compacted. */
    private readonly compactFrom: number,
  ) {}

  /** Starts the journal for the store file with hash `baseHash`; if that fails, the first save writes the whole file. */
  async startJournal(baseHash: string): Promise<void> {
    this.journal = await Journal.start(this.fs, this.paths.journal, this.paths.dir, baseHash).catch(() => null);
  }

  /** Makes `changes` durable; `whole` is the database with them applied, written when there is no journal. */
  async save(changes: Change[], whole: () => Uint8Array): Promise<void> {
    if (this.journal === null) return this.compact(whole());
    // The journal only applies to the store file it names: one replaced behind our back would orphan it.
    await this.file.confirmUnchanged().catch((error: unknown) => {
      throw writeError(error);
    });
    try {
      await this.journal.append(changes);
    } catch (error) {
      await this.dropJournal();
      throw writeError(error);
    }
    this.batches.push(changes);
  }

  /** True when the journal has grown past its limit, or (`all`) holds any record. */
  wantsCompaction(all = false): boolean {
    if (this.journal === null) return false;
    return all ? this.batches.length > 0 : this.journal.size >= this.compactFrom;
  }

  /** `bytes` (the whole database) becomes the new store file; a new, empty journal names it. */
  async compact(bytes: Uint8Array): Promise<void> {
    await this.dropJournal();
    const hash = await this.file.write(bytes);
    this.base = bytes;
    this.batches = [];
    await this.startJournal(hash);
  }

  /** A fresh database holding what is durable. */
  durableDb(engine: SqlEngine): SqlDb {
    const db = SqlDb.open(engine, this.base);
    replay(db, this.batches);
    return db;
  }

  async close(): Promise<void> {
    await this.dropJournal();
  }

  private async dropJournal(): Promise<void> {
    const journal = this.journal;
    this.journal = null;
    await journal?.close().catch(() => undefined);
  }
}
