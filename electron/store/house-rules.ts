import type { Profile } from '../../shared/profile';
import { openQuestionsColumn, readSetting, writeSetting } from './library';
import { storedProfile, type EvaluationSummary } from './records';
import { text, textOrNull, type Row, type SqlDb } from './sqlite';

/**
 * The house rules the library works under, as SQL: at most one accepted rules file, kept as the bytes the user
 * chose, so it is parsed again (against the catalogue of the app that opens it) at every start.
 */
export interface StoredRules {
  bytes: Uint8Array;
  hash: string;
  /** Where it was read from; null for a dropped file. */
  path: string | null;
  acceptedAt: string;
}

/** A current profile with the time of its save, so a summary computed from it lands only if it is still current. */
export interface CurrentProfile {
  profile: Profile;
  updatedAt: string;
}

export interface RestatedSummary {
  id: string;
  updatedAt: string;
  summary: EvaluationSummary;
}

const rememberedPathKey = 'houseRules.path';

export function readRules(db: SqlDb): StoredRules | null {
  const row = db.get('SELECT bytes, hash, path, accepted_at FROM house_rules WHERE id = 1');
  if (!row) return null;
  const bytes = row['bytes'];
  if (!(bytes instanceof Uint8Array)) throw new TypeError('Column bytes is not a blob');
  return { bytes, hash: text(row, 'hash'), path: textOrNull(row, 'path'), acceptedAt: text(row, 'accepted_at') };
}

/** Replaces the accepted rules; a file read from a path is also remembered, for reloading after an unload. */
export function writeRules(db: SqlDb, { bytes, hash, path }: Omit<StoredRules, 'acceptedAt'>, now: string): void {
  db.transaction(() => {
    db.run(
      `INSERT INTO house_rules (id, bytes, hash, path, accepted_at) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET bytes = excluded.bytes, hash = excluded.hash, path = excluded.path, accepted_at = excluded.accepted_at`,
      [bytes, hash, path, now],
    );
    if (path !== null) writeSetting(db, rememberedPathKey, path);
  });
}

export function removeRules(db: SqlDb): void {
  db.run('DELETE FROM house_rules');
}

export function rememberedRulesPath(db: SqlDb): string | null {
  return readSetting(db, rememberedPathKey) ?? null;
}

/** Every profile in the library (not the trash), read in one query. */
export function currentProfiles(db: SqlDb): CurrentProfile[] {
  return db
    .all('SELECT data, updated_at FROM profiles WHERE deleted_at IS NULL ORDER BY updated_at DESC, name, id')
    .map((row) => ({ profile: storedProfile(text(row, 'data')), updatedAt: text(row, 'updated_at') }));
}

/**
 * Replaces the evaluation summaries of profiles that have not changed since they were read: no revision, no new
 * time of save (the profile did not change; the rules it is judged by did). Returns how many were replaced.
 */
export function restateSummaries(db: SqlDb, summaries: readonly RestatedSummary[]): number {
  return db.transaction(() => {
    let count = 0;
    for (let start = 0; start < summaries.length; start += rowsPerStatement) count += restateRows(db, summaries.slice(start, start + rowsPerStatement));
    return count;
  });
}

/** Rows read and written by one statement: a library's summaries take a few statements, not one per profile. */
const rowsPerStatement = 1_000;

function restateRows(db: SqlDb, summaries: readonly RestatedSummary[]): number {
  // Only the summaries that differ are written: a rules change moves some workloads, and the write (a journal
  // record, then a compaction) grows with what it carries.
  const list = summaries.map(() => '?').join(', ');
  const rows = db.all(`SELECT id, updated_at, ${summaryColumns} FROM profiles WHERE deleted_at IS NULL AND id IN (${list})`, summaries.map(({ id }) => id));
  const stored = new Map(rows.map((row) => [text(row, 'id'), row]));
  const changed = summaries.flatMap(({ id, updatedAt, summary }) => {
    const row = stored.get(id);
    const values = columnsOf(summary);
    return row !== undefined && text(row, 'updated_at') === updatedAt && !summaryColumnsEqual(row, values) ? [[id, updatedAt, ...values]] : [];
  });
  if (changed.length === 0) return 0;
  const values = changed.map(() => `(?, ?, ${columnNames.map(() => '?').join(', ')})`).join(', ');
  // VALUES names its columns column1 (id), column2 (updated_at), then the summary's, in columnNames' order.
  const set = columnNames.map((column, index) => `${column} = v.column${index + 3}`).join(', ');
  return db.run(
    `UPDATE profiles SET ${set} FROM (VALUES ${values}) AS v WHERE profiles.id = v.column1 AND profiles.updated_at = v.column2 AND profiles.deleted_at IS NULL`,
    changed.flat(),
  );
}

const columnNames = ['winner', 'confidence', 'margin', 'decision', 'open_questions'] as const;
const summaryColumns = columnNames.join(', ');

function columnsOf(summary: EvaluationSummary): (string | number | null)[] {
  return [summary.winner, summary.confidence, summary.margin, summary.decision, openQuestionsColumn(summary)];
}

function summaryColumnsEqual(row: Row, values: readonly (string | number | null)[]): boolean {
  return columnNames.every((column, index) => row[column] === values[index]);
}
