import type { DurableFile, StorePaths } from './durable-file';
import { writeError } from './errors';
import type { StoreFs } from './fs';
import { Journal, keepAsPrevious, replay } from './journal';
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
  /**
   * The hash of the store file on disk when a journal on disk (at `journalAt`) names it and holds every
   * change from it to the durable state; else null (e.g. an append failed: the next whole write is not in it).
   */
  private journalBase: string | null = null;
  private journalAt: 'journal' | 'backup' = 'journal';

  constructor(
    private readonly fs: StoreFs,
    private readonly paths: StorePaths,
    private readonly file: DurableFile,
    /** The bytes of the store file last made durable. */
    private base: Uint8Array,
    /** Journal size (bytes) from which it is compacted. */
    private readonly compactFrom: number,
  ) {}

  /**
   * Starts the journal for the store file with hash `baseHash` (`previous`: see `Journal.start`); if that
   * fails, the first save writes the whole file.
   */
  async startJournal(baseHash: string, previous: string | null): Promise<void> {
    this.journal = await Journal.start(this.fs, this.paths.journal, this.paths.dir, baseHash, previous).catch(() => null);
    this.journalBase = this.journal === null ? null : baseHash;
    this.journalAt = 'journal';
  }

  /** Open replayed, onto the store file with hash `hash`, every record of the journal at `at`: a compaction may chain it. */
  follow(hash: string, at: 'journal' | 'backup'): void {
    this.journalBase = hash;
    this.journalAt = at;
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
      this.journalBase = null;
      throw writeError(error);
    }
    this.batches.push(changes);
  }

  /** True when the journal has grown past its limit, or (`all`) holds any record. */
  wantsCompaction(all = false): boolean {
    if (this.journal === null) return false;
    return all ? this.batches.length > 0 : this.journal.size >= this.compactFrom;
  }

  /**
   * `bytes` (the whole database) becomes the new store file and the current one `.bak`. When a journal holds
   * every change from the current file to `bytes`, it becomes `profiles.db.bak.journal` (after `.bak` is
   * durable, before the new file replaces the current one) and the new journal's `previous` names `.bak`.
   * Otherwise the file is written twice, so that `.bak` is the new file itself (`previous` = `base`).
   * Every crash point is safe with the store file and with `.bak` alike (README, "Compaction").
   */
  async compact(bytes: Uint8Array): Promise<void> {
    await this.dropJournal();
    const old = this.journalBase;
    const at = this.journalAt;
    this.journalBase = null;
    let hash: string;
    if (old !== null) {
      hash = await this.file.write(bytes, async () => {
        await this.fs.syncDir(this.paths.dir);
        if (at === 'journal') await keepAsPrevious(this.fs, this.paths.journal, this.paths.backupJournal, this.paths.dir);
      });
      this.base = bytes;
      this.batches = [];
    } else {
      await this.file.write(bytes);
      this.base = bytes;
      this.batches = [];
      hash = await this.file.write(bytes);
    }
    await this.startJournal(hash, old ?? hash);
  }

  /** A fresh database holding what is durable. */
  durableDb(engine: SqlEngine): SqlDb {
    const db = SqlDb.open(engine, this.base);
    replay(db, this.batches);
    return db;
  }

  async close(): Promise<void> {
    await this.dropJournal();
    this.journalBase = null;
  }

  private async dropJournal(): Promise<void> {
    const journal = this.journal;
    this.journal = null;
    await journal?.close().catch(() => undefined);
  }
}
