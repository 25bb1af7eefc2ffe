import { groupOf } from '../../shared/portfolio/group';
import type { Profile } from '../../shared/profile';
import { profileNotFound, StoreError } from './errors';
import {
  evaluationSummaryOf,
  profileSummaryOf,
  storedProfile,
  summaryOf,
  validProfile,
  type DeletedProfileSummary,
  type EvaluationSummary,
  type ProfileSummary,
  type RevisionSummary,
} from './records';
import { integer, text, type SqlDb } from './sqlite';

/**
 * The saved profiles as SQL: synchronous operations on the in-memory database, each one transaction.
 * A deleted profile stays in the table with `deleted_at` set (the trash), with its history, so a delete
 * can be undone.
 */
export interface LibraryOptions {
  /** Revisions kept per profile; the oldest beyond this are dropped so the store cannot grow without bound. */
  revisionsKept: number;
}

const summaryColumns = 'id, name, group_name, winner, confidence, margin, decision, updated_at';
/** The portfolio's columns: the group (from the profile) and the open questions (from its evaluation). */
const portfolioColumns = 'group_name, open_questions';


export function listProfiles(db: SqlDb): ProfileSummary[] {
  return db.all(`SELECT ${summaryColumns} FROM profiles WHERE deleted_at IS NULL ORDER BY updated_at DESC, name, id`).map(profileSummaryOf);
}

export function listDeleted(db: SqlDb): DeletedProfileSummary[] {
  return db
    .all(`SELECT ${summaryColumns}, deleted_at FROM profiles WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id`)
    .map((row) => ({ ...profileSummaryOf(row), deletedAt: text(row, 'deleted_at') }));
}

export function readProfile(db: SqlDb, id: string): Profile {
  return current(db, id).profile;
}

/** The current version, or null for an unknown or deleted id. */
export function findProfile(db: SqlDb, id: string): Profile | null {
  const row = db.get('SELECT data FROM profiles WHERE id = ? AND deleted_at IS NULL', [id]);
  return row ? storedProfile(text(row, 'data')) : null;
}

/**
 * Stamped with the time of the save, so the profile and the library agree on when it last changed. A save
 * whose content equals the current version changes nothing but the summary, and adds no revision.
 */
export function saveProfile(db: SqlDb, profile: Profile, summary: EvaluationSummary, now: string, options: LibraryOptions): ProfileSummary {
  const valid = validProfile(profile);
  const current = findProfile(db, valid.id);
  const next = current && sameContent(current, valid) ? current : { ...valid, updatedAt: now };
  return putVersion(db, next, summary, next.updatedAt, options);
}

/** One profile of a batch: saved only if the stored version is still the one saved at `basedOn`. */
export interface BatchSave {
  profile: Profile;
  summary: EvaluationSummary;
  /** The `updatedAt` of the version the change was made to. */
  basedOn: string;
}

/** What a batch saved, and the ids it left alone: saved again (or deleted) since their `basedOn`. */
export interface BatchSaved {
  saved: ProfileSummary[];
  stale: string[];
}

/**
 * Saves a batch in one transaction: all of it or, when one save throws, none. A profile changed since the
 * version the batch changed is left alone, so a later edit is never overwritten.
 */
export function saveBatch(db: SqlDb, batch: readonly BatchSave[], now: string, options: LibraryOptions): BatchSaved {
  return db.transaction(() => {
    const result: BatchSaved = { saved: [], stale: [] };
    for (const { profile, summary, basedOn } of batch) {
      if (storedAt(db, profile.id) === basedOn) result.saved.push(saveProfile(db, profile, summary, now, options));
      else result.stale.push(profile.id);
    }
    return result;
  });
}

/** When the current version of a profile was saved; null for an unknown or deleted id. */
function storedAt(db: SqlDb, id: string): string | null {
  const row = db.get('SELECT updated_at FROM profiles WHERE id = ? AND deleted_at IS NULL', [id]);
  return row ? text(row, 'updated_at') : null;
}

function sameContent(a: Profile, b: Profile): boolean {
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}

export function renameProfile(db: SqlDb, id: string, name: string, now: string, options: LibraryOptions): ProfileSummary {
  return db.transaction(() => {
    const { profile, summary } = current(db, id);
    return putVersion(db, validProfile({ ...profile, name, updatedAt: now }), summary, now, options);
  });
}

export function duplicateProfile(db: SqlDb, id: string, copy: { id: string; name: string }, now: string, options: LibraryOptions): ProfileSummary {
  return db.transaction(() => {
    if (db.get('SELECT 1 AS found FROM profiles WHERE id = ?', [copy.id])) {
      throw new StoreError('profile-exists', 'A saved profile with this id already exists.', { id: copy.id });
    }
    const { profile, summary } = current(db, id);
    return putVersion(db, validProfile({ ...profile, ...copy, createdAt: now, updatedAt: now }), summary, now, options);
  });
}

/** Moves live profiles to the trash; returns the ids that were moved. */
export function deleteProfiles(db: SqlDb, ids: readonly string[], now: string): string[] {
  return db.transaction(() => ids.filter((id) => db.run('UPDATE profiles SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL', [now, id]) > 0));
}

/** Brings profiles back from the trash; returns the ids that came back. */
export function restoreDeleted(db: SqlDb, ids: readonly string[]): string[] {
  return db.transaction(() => ids.filter((id) => db.run('UPDATE profiles SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL', [id]) > 0));
}

export function listRevisions(db: SqlDb, id: string): RevisionSummary[] {
  if (!db.get('SELECT 1 AS found FROM profiles WHERE id = ?', [id])) throw profileNotFound(id);
  return db
    .all('SELECT id, name, saved_at, winner, confidence, margin FROM revisions WHERE profile_id = ? ORDER BY id DESC', [id])
    .map((row) => ({ id: integer(row, 'id'), name: text(row, 'name'), savedAt: text(row, 'saved_at'), ...summaryOf(row) }));
}

export function readRevision(db: SqlDb, id: string, revisionId: number): Profile {
  return storedProfile(text(revision(db, id, revisionId), 'data'));
}

/** The restored version becomes current; the version it replaces becomes a revision like any other. */
export function restoreRevision(db: SqlDb, id: string, revisionId: number, now: string, options: LibraryOptions): ProfileSummary {
  return db.transaction(() => {
    const row = revision(db, id, revisionId);
    const profile = storedProfile(text(row, 'data'));
    return putVersion(db, validProfile({ ...profile, updatedAt: now }), evaluationSummaryOf(row), now, options);
  });
}

export function readSetting(db: SqlDb, key: string): string | undefined {
  const row = db.get('SELECT value FROM settings WHERE key = ?', [key]);
  return row && text(row, 'value');
}

export function writeSetting(db: SqlDb, key: string, value: string): void {
  db.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
}

function current(db: SqlDb, id: string): { profile: Profile; summary: EvaluationSummary } {
  const row = db.get(`SELECT ${summaryColumns}, ${portfolioColumns}, data FROM profiles WHERE id = ? AND deleted_at IS NULL`, [id]);
  if (!row) throw profileNotFound(id);
  return { profile: storedProfile(text(row, 'data')), summary: evaluationSummaryOf(row) };
}

function revision(db: SqlDb, id: string, revisionId: number) {
  const row = db.get(`SELECT data, winner, confidence, margin, decision, ${portfolioColumns} FROM revisions WHERE id = ? AND profile_id = ?`, [revisionId, id]);
  if (!row) throw new StoreError('revision-not-found', 'This earlier version of the profile no longer exists.', { id, revisionId });
  return row;
}

/** Makes `profile` the current version (undeleting it); a different previous version is kept as a revision. */
function putVersion(db: SqlDb, profile: Profile, summary: EvaluationSummary, now: string, options: LibraryOptions): ProfileSummary {
  const data = JSON.stringify(profile);
  return db.transaction(() => {
    const archived = db.run(
      `INSERT INTO revisions (profile_id, saved_at, name, data, winner, confidence, margin, decision, ${portfolioColumns})
       SELECT id, updated_at, name, data, winner, confidence, margin, decision, ${portfolioColumns} FROM profiles WHERE id = ? AND data <> ?`,
      [profile.id, data],
    );
    if (archived > 0) {
      db.run('DELETE FROM revisions WHERE profile_id = ?1 AND id NOT IN (SELECT id FROM revisions WHERE profile_id = ?1 ORDER BY id DESC LIMIT ?2)', [
        profile.id,
        options.revisionsKept,
      ]);
    }
    db.run(
      `INSERT INTO profiles (id, name, data, winner, confidence, margin, decision, updated_at, deleted_at, ${portfolioColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, data = excluded.data, winner = excluded.winner,
         confidence = excluded.confidence, margin = excluded.margin, decision = excluded.decision, updated_at = excluded.updated_at, deleted_at = NULL,
         group_name = excluded.group_name, open_questions = excluded.open_questions`,
      [profile.id, profile.name, data, summary.winner, summary.confidence, summary.margin, summary.decision, now, groupOf(profile), openQuestionsColumn(summary)],
    );
    // Named fields: callers may pass a whole Recommendation as the summary.
    const { winner, confidence, margin, decision } = summary;
    return { id: profile.id, name: profile.name, group: groupOf(profile), updatedAt: now, winner, confidence, margin, decision };
  });
}

/** The open_questions column: JSON, or NULL while they are not known. */
export function openQuestionsColumn({ openQuestions }: Pick<EvaluationSummary, 'openQuestions'>): string | null {
  return openQuestions ? JSON.stringify(openQuestions) : null;
}
