import { DurableFile, keepAside, readChecksums, removeStaleTemps, storePaths, type Checksums, type DiskState, type StorePaths } from './durable-file';
import { StoreError } from './errors';
import { nodeStoreFs, readIfExists, type FileStamp, type StoreFs } from './fs';
import { inspect } from './integrity';
import { readJournal, replay, type JournalContents } from './journal';
import { JournaledFile } from './journaled-file';
import type { LibraryOptions } from './library';
import { acquireLock, nodeLockHost, type LockHost, type LockResult } from './lock';
import { migrate, type SchemaState } from './migrations';
import { openNotice, type OpenNotice, type OpenOutcome, type ReadOnlyReason } from './notice';
import { ProfileStore, type Clock, type StoreAccess } from './profile-store';
import { loadSqlEngine, SqlDb, type SqlEngine } from './sqlite';

export interface OpenStoreOptions {
  /** The folder that holds the store (in the app: Electron's userData folder). */
  dir: string;
  fs?: StoreFs;
  clock?: Clock;
  host?: LockHost;
  /** Earlier versions kept per profile; default 100. */
  revisionsKept?: number;
  /** Journal size in bytes from which it is compacted into the store file; default 4 MB. */
  journalLimit?: number;
}

export interface OpenedStore {
  store: ProfileStore;
  notice: OpenNotice;
}

interface Context {
  fs: StoreFs;
  clock: Clock;
  paths: StorePaths;
  engine: SqlEngine;
  library: LibraryOptions;
  journalLimit: number;
}

interface Damage {
  path: string;
  problem: string;
}

type Loaded =
  | { source: 'main'; db: SqlDb; bytes: Uint8Array; hash: string; stamp: FileStamp }
  | { source: 'backup'; db: SqlDb; hash: string; damaged: Damage[] }
  | { source: 'none'; damaged: Damage[] };

const systemClock: Clock = { now: () => new Date() };

/**
 * Opens the store in `dir`, creating it if there is none. A damaged or truncated store file is replaced by
 * the last good copy (checked the same way) and kept aside; a store from a newer app version, or one that
 * another instance holds, opens read-only. The notice says which of these happened.
 */
export async function openStore(options: OpenStoreOptions): Promise<OpenedStore> {
  const context: Context = {
    fs: options.fs ?? nodeStoreFs,
    clock: options.clock ?? systemClock,
    paths: storePaths(options.dir),
    engine: await loadSqlEngine(),
    library: { revisionsKept: options.revisionsKept ?? 100 },
    journalLimit: options.journalLimit ?? 4_000_000,
  };
  try {
    await context.fs.mkdir(context.paths.dir);
    const lock = await acquireLock(context.fs, context.paths.lock, options.host ?? nodeLockHost, context.clock.now());
    return await openWithLock(context, lock).catch(async (error: unknown) => {
      if (lock.held) await lock.release();
      throw error;
    });
  } catch (error) {
    throw new StoreError(
      'store-open-failed',
      'Hostwise could not open your saved profiles.',
      { dir: options.dir, reason: error instanceof Error ? error.message : String(error), code: error instanceof StoreError ? error.code : null },
      { cause: error },
    );
  }
}

async function openWithLock(context: Context, lock: LockResult): Promise<OpenedStore> {
  const { fs, paths } = context;
  if (lock.held) await removeStaleTemps(fs, paths);
  const checksums = await readChecksums(fs, paths);
  const loaded = await load(context, checksums);
  const db = loaded.source === 'none' ? SqlDb.open(context.engine) : loaded.db;
  try {
    const journal = await replayJournal(context, loaded, db);
    const damaged = [...(loaded.source === 'main' ? [] : loaded.damaged), ...journal.damaged];
    const keptAside = lock.held ? await keepAllAside(context, damaged) : [];
    const access = await decideAccess(context, lock, loaded, checksums, db, { schema: migrate(db), journal });
    const readOnly = access.kind === 'read-only' ? access.reason : null;
    const recovery = loaded.source === 'backup' ? { replayed: journal.replayed, chained: journal.chained } : null;
    const notice = openNotice(outcomeOf(loaded), readOnly, keptAside, damaged.map((d) => `${d.path}: ${d.problem}`), journal.damaged.length > 0, recovery);
    const release = lock.held && access.kind === 'writable' ? lock.release : async () => undefined;
    return { store: new ProfileStore({ engine: context.engine, db, access, clock: context.clock, library: context.library, release }), notice };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The store file if it passes every check, else the last good copy if that does, else nothing. */
async function load(context: Context, checksums: Checksums | null): Promise<Loaded> {
  const { fs, paths, engine } = context;
  const damaged: Damage[] = [];
  const stamp = await fs.stat(paths.db);
  const main = stamp && (await readIfExists(fs, paths.db));
  if (stamp && main) {
    const result = inspect(engine, main, checksums?.db ?? null);
    if (result.ok) return { source: 'main', db: result.db, bytes: main, hash: result.hash, stamp };
    damaged.push({ path: paths.db, problem: result.problem });
  }
  const backup = await readIfExists(fs, paths.backup);
  if (backup) {
    const result = inspect(engine, backup, checksums?.backup ?? null);
    if (result.ok) return { source: 'backup', db: result.db, hash: result.hash, damaged };
    damaged.push({ path: paths.backup, problem: result.problem });
  }
  return { source: 'none', damaged };
}

interface Replayed {
  /** Journal records (saves) applied. */
  replayed: number;
  damaged: Damage[];
  /** The journal on disk as read (null when there is none or its header is unreadable). */
  journal: JournalContents | null;
  /** Recovery from `.bak` applied every journal of the chain up to the damaged store file's saves. */
  chained: boolean;
  /** Where the journal lies whose every record was applied onto the loaded store file (a compaction chains it). */
  follows: 'journal' | 'backup' | null;
}

async function readJournalFile(context: Context, path: string): Promise<JournalContents | null> {
  const bytes = await readIfExists(context.fs, path);
  return bytes === null ? null : readJournal(bytes);
}

/**
 * Applies the journal that follows the loaded store file, up to its first damaged record. When `.bak` was
 * loaded, the chain: the journal kept beside `.bak` (if it names it), then the current journal if its
 * `previous` names `.bak` (its base is the compaction of those two). A journal that follows an older store
 * file is already in the loaded one (a crash before compaction started a new journal); one with records that
 * cannot be applied (damaged, or following a store file that could not be opened) is reported and kept aside.
 */
async function replayJournal(context: Context, loaded: Loaded, db: SqlDb): Promise<Replayed> {
  const { journal: path, backupJournal } = context.paths;
  const journal = await readJournalFile(context, path);
  const problemOf = (contents: JournalContents, at: string): Damage[] => (contents.problem === null ? [] : [{ path: at, problem: contents.problem }]);
  const none: Replayed = { replayed: 0, damaged: [], journal, chained: false, follows: null };
  if (loaded.source === 'none') return journal === null ? none : { ...none, damaged: unapplied(journal, path) };
  if (journal !== null && journal.base === loaded.hash) {
    replay(db, journal.batches);
    const whole = journal.problem === null;
    return { replayed: journal.batches.length, damaged: problemOf(journal, path), journal, chained: whole, follows: whole && loaded.source === 'main' ? 'journal' : null };
  }
  // The journal kept beside `.bak` names the loaded file: it is `.bak`, or the store file of a compaction that
  // crashed after keeping the journal aside and before replacing the store file.
  const previous = loaded.source === 'backup' || journal === null ? await readJournalFile(context, backupJournal) : null;
  if (previous !== null && previous.base === loaded.hash) {
    replay(db, previous.batches);
    const whole = previous.problem === null;
    if (loaded.source === 'main') return { ...none, replayed: previous.batches.length, damaged: problemOf(previous, backupJournal), follows: whole ? 'backup' : null };
    if (journal !== null && whole && journal.previous === loaded.hash) {
      replay(db, journal.batches);
      return { ...none, replayed: previous.batches.length + journal.batches.length, damaged: problemOf(journal, path), chained: journal.problem === null };
    }
    return { ...none, replayed: previous.batches.length, damaged: [...problemOf(previous, backupJournal), ...(journal === null ? [] : unapplied(journal, path))] };
  }
  if (journal === null || loaded.source === 'main') return none;
  return { ...none, damaged: unapplied(journal, path) };
}

/** A journal none of whose records could be applied: reported (and kept aside) unless it holds nothing. */
function unapplied(journal: JournalContents, path: string): Damage[] {
  if (journal.problem === null && journal.batches.length === 0) return [];
  return [{ path, problem: journal.problem ?? 'it follows a store file that could not be opened' }];
}

async function keepAllAside(context: Context, damaged: Damage[]): Promise<string[]> {
  const kept: string[] = [];
  for (const { path } of damaged) kept.push(await keepAside(context.fs, path, context.clock.now()));
  return kept;
}

/**
 * A writable store first makes the disk match memory: it writes the recovered copy, the new store, the
 * replayed journal or the migrated schema, then starts a new journal. A newer schema is never written (only
 * a recovered copy of it is) and its lock is let go, so the newer app can write.
 */
async function decideAccess(context: Context, lock: LockResult, loaded: Loaded, checksums: Checksums | null, db: SqlDb, state: { schema: SchemaState; journal: Replayed }): Promise<StoreAccess> {
  const { schema, journal } = state;
  const newer: ReadOnlyReason | null = schema.kind === 'newer' ? { kind: 'newer-version', version: schema.version, supported: schema.supported } : null;
  if (!lock.held) return { kind: 'read-only', reason: newer ?? lockReason(lock) };
  const file = new DurableFile(context.fs, context.paths, diskState(loaded), backupHashes(loaded, checksums));
  if (newer !== null) {
    // A newer app's file (and its journal) stays as that app wrote it; only a recovered copy is written.
    if (loaded.source !== 'main') await file.write(db.export());
    await lock.release();
    return { kind: 'read-only', reason: newer };
  }
  const migrated = schema.kind === 'migrated';
  if (loaded.source === 'main' && !migrated && journal.replayed === 0) {
    const journaled = new JournaledFile(context.fs, context.paths, file, loaded.bytes, context.journalLimit);
    const contents = journal.journal;
    // An ordinary open writes nothing: the journal names this file and `previous` chains it to `.bak`.
    if (contents !== null && contents.base === loaded.hash && contents.previous !== null) await journaled.startJournal(loaded.hash, contents.previous);
    else await journaled.compact(loaded.bytes);
    return { kind: 'writable', file: journaled };
  }
  const durable = db.export();
  const journaled = new JournaledFile(context.fs, context.paths, file, durable, context.journalLimit);
  // Replaying a whole journal onto the store file, then writing it, is a compaction that can chain that journal.
  if (loaded.source === 'main' && !migrated && journal.follows !== null) journaled.follow(loaded.hash, journal.follows);
  await journaled.compact(durable);
  return { kind: 'writable', file: journaled };
}

function lockReason(lock: Exclude<LockResult, { held: true }>): ReadOnlyReason {
  if (lock.reason === 'folder-read-only') return { kind: 'folder-read-only', errno: lock.errno };
  return { kind: 'locked', owner: lock.owner && { pid: lock.owner.pid, hostname: lock.owner.hostname } };
}

/** A damaged store file has been moved aside by now, so only a whole one is on disk. */
function diskState(loaded: Loaded): DiskState {
  return loaded.source === 'main' ? { hashes: [loaded.hash], stamp: loaded.stamp } : { hashes: [], stamp: null };
}

function backupHashes(loaded: Loaded, checksums: Checksums | null): string[] {
  if (loaded.source === 'backup') return [loaded.hash];
  return loaded.source === 'main' ? (checksums?.backup ?? []) : [];
}

function outcomeOf(loaded: Loaded): OpenOutcome {
  if (loaded.source === 'main') return 'opened';
  if (loaded.source === 'backup') return 'recovered';
  return loaded.damaged.length > 0 ? 'reset' : 'created';
}
