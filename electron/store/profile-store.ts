import type { Profile } from '../../shared/profile';
import { StoreError } from './errors';
import {
  deleteProfiles,
  duplicateProfile,
  listDeleted,
  listProfiles,
  listRevisions,
  findProfile,
  readProfile,
  readRevision,
  readSetting,
  renameProfile,
  restoreDeleted,
  restoreRevision,
  saveBatch,
  saveProfile,
  writeSetting,
  type BatchSave,
  type BatchSaved,
  type LibraryOptions,
} from './library';
import {
  currentProfiles,
  readRules,
  rememberedRulesPath,
  removeRules,
  restateSummaries,
  writeRules,
  type CurrentProfile,
  type RestatedSummary,
  type StoredRules,
} from './house-rules';
import type { JournaledFile } from './journaled-file';
import { listWorkloads } from './portfolio';
import type { WorkloadSummary } from '../../shared/portfolio/types';
import { readOnlySentence, type ReadOnlyReason } from './notice';
import type { DeletedProfileSummary, EvaluationSummary, ProfileSummary, RevisionSummary } from './records';
import type { SqlDb, SqlEngine } from './sqlite';
import { WriteQueue } from './write-queue';

export interface Clock {
  now(): Date;
}

export type StoreAccess =
  | { kind: 'writable'; file: JournaledFile }
  | { kind: 'read-only'; reason: ReadOnlyReason };

export interface StoreParts {
  engine: SqlEngine;
  db: SqlDb;
  access: StoreAccess;
  clock: Clock;
  library: LibraryOptions;
  release: () => Promise<void>;
}

/**
 * The saved profiles. Reads come from the in-memory database; each write is applied there, then made
 * durable (a journal record), and its promise resolves only once it is on disk. A failed write is not
 * acknowledged and the in-memory database returns to what was last made durable. The journal is compacted
 * after the saves that grew it past its limit are acknowledged, and at close.
 */
export class ProfileStore {
  private db: SqlDb;
  private closed = false;
  /** The queue of a writable store, or why this one is read-only. */
  private readonly writes: WriteQueue | ReadOnlyReason;

  constructor(private readonly parts: StoreParts) {
    this.db = parts.db;
    const { access } = parts;
    this.writes = access.kind === 'writable' ? this.writeQueue(access.file) : access.reason;
  }

  /** Why writes are refused, or null when the store is writable. */
  get readOnly(): ReadOnlyReason | null {
    return this.writes instanceof WriteQueue ? null : this.writes;
  }

  list(): ProfileSummary[] {
    return listProfiles(this.reader());
  }

  /** The saved workloads as the portfolio reads them: from the stored summaries, without evaluating. */
  workloads(): WorkloadSummary[] {
    return listWorkloads(this.reader());
  }

  /** The trash: deleted profiles, which `restoreDeleted` brings back. */
  listDeleted(): DeletedProfileSummary[] {
    return listDeleted(this.reader());
  }

  get(id: string): Profile {
    return readProfile(this.reader(), id);
  }

  find(id: string): Profile | null {
    return findProfile(this.reader(), id);
  }

  /** Earlier versions of a profile, newest first. */
  history(id: string): RevisionSummary[] {
    return listRevisions(this.reader(), id);
  }

  getRevision(id: string, revisionId: number): Profile {
    return readRevision(this.reader(), id, revisionId);
  }

  getSetting(key: string): string | undefined {
    return readSetting(this.reader(), key);
  }

  /** Creates or replaces a profile; the version it replaces is kept in its history. */
  save(profile: Profile, summary: EvaluationSummary): Promise<ProfileSummary> {
    return this.write((db, now) => saveProfile(db, profile, summary, now, this.parts.library));
  }

  /**
   * Saves many profiles as one write: one transaction and one durable journal record, all or nothing. Each is
   * saved only if unchanged since its `basedOn`; the others are returned as stale.
   */
  saveMany(batch: readonly BatchSave[]): Promise<BatchSaved> {
    return this.write((db, now) => saveBatch(db, batch, now, this.parts.library));
  }

  rename(id: string, name: string): Promise<ProfileSummary> {
    return this.write((db, now) => renameProfile(db, id, name, now, this.parts.library));
  }

  /** Copies the current version under a new id and name; the copy starts without history. */
  duplicate(id: string, copy: { id: string; name: string }): Promise<ProfileSummary> {
    return this.write((db, now) => duplicateProfile(db, id, copy, now, this.parts.library));
  }

  /** Moves profiles to the trash, with their history; returns the ids moved. `restoreDeleted` undoes it. */
  delete(ids: readonly string[]): Promise<string[]> {
    return this.write((db, now) => deleteProfiles(db, ids, now));
  }

  /** Brings profiles back from the trash; returns the ids that came back. */
  restoreDeleted(ids: readonly string[]): Promise<string[]> {
    return this.write((db) => restoreDeleted(db, ids));
  }

  /** Makes an earlier version current; the version it replaces joins the history. */
  restoreRevision(id: string, revisionId: number): Promise<ProfileSummary> {
    return this.write((db, now) => restoreRevision(db, id, revisionId, now, this.parts.library));
  }

  /** The time by the store's clock: what its saves are stamped with. */
  now(): Date {
    return this.parts.clock.now();
  }

  setSetting(key: string, value: string): Promise<void> {
    return this.write((db) => writeSetting(db, key, value));
  }

  /** The accepted house rules file, or null when the library works under the plain catalogue. */
  houseRules(): StoredRules | null {
    return readRules(this.reader());
  }

  /** The path of the rules file last accepted from disk, kept after an unload; null when there is none. */
  rememberedRulesPath(): string | null {
    return rememberedRulesPath(this.reader());
  }

  acceptHouseRules(rules: Omit<StoredRules, 'acceptedAt'>): Promise<void> {
    return this.write((db, now) => writeRules(db, rules, now));
  }

  unloadHouseRules(): Promise<void> {
    return this.write((db) => removeRules(db));
  }

  /** Every profile in the library with the time of its save, in one read. */
  currentProfiles(): CurrentProfile[] {
    return currentProfiles(this.reader());
  }

  /** New evaluation summaries for profiles unchanged since `updatedAt`; no revision is kept. Returns how many changed. */
  restateSummaries(summaries: readonly RestatedSummary[]): Promise<number> {
    return this.write((db) => restateSummaries(db, summaries));
  }

  /** Resolves once every pending write, and the compaction it may have started, is done. */
  async settled(): Promise<void> {
    if (this.writes instanceof WriteQueue) await this.writes.idle();
  }

  /** Waits for pending writes, then releases the database and the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.settled();
    if (this.parts.access.kind === 'writable') await this.closeFile(this.parts.access.file);
    this.db.close();
    await this.parts.release();
  }

  private reader(): SqlDb {
    if (this.closed) throw closedError();
    return this.db;
  }

  private write<T>(change: (db: SqlDb, now: string) => T): Promise<T> {
    if (this.closed) return Promise.reject(closedError());
    if (!(this.writes instanceof WriteQueue)) {
      return Promise.reject(new StoreError('store-read-only', readOnlySentence(this.writes), { reason: this.writes.kind }));
    }
    return this.writes.submit(() => change(this.db, this.parts.clock.now().toISOString()));
  }

  private writeQueue(file: JournaledFile): WriteQueue {
    this.db.recordChanges();
    return new WriteQueue({
      persist: () => file.save(this.db.takeChanges(), () => this.db.export()),
      rollback: () => {
        this.db.close();
        this.db = file.durableDb(this.parts.engine);
        this.db.recordChanges();
      },
      // A failed compaction rejects no save: the journal still holds them, and the next save writes the whole file.
      afterFlush: async () => {
        if (file.wantsCompaction()) await file.compact(this.db.export()).catch(() => undefined);
      },
    });
  }

  /** Leaves a store file that needs no journal; if that fails, the journal is replayed at the next open. */
  private async closeFile(file: JournaledFile): Promise<void> {
    if (file.wantsCompaction(true)) await file.compact(this.db.export()).catch(() => undefined);
    await file.close();
  }
}

function closedError(): StoreError {
  return new StoreError('store-closed', 'The saved profiles were closed; reopen Hostwise to use them.');
}
