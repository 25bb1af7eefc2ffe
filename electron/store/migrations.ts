import { liftInferenceNotes } from '../../shared/migrate/inference-notes';
import { integer, text, type SqlDb } from './sqlite';

/** One schema step. Append-only: a released migration is never edited (tests pin each one's SQL). */
export interface Migration {
  version: number;
  description: string;
  sql: string;
  /** A step on the stored data that SQL cannot express, run after `sql` in the same transaction. */
  data?: (db: SqlDb) => void;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'profiles with evaluation summary and trash, revisions, settings',
    sql: `
      CREATE TABLE profiles (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        data TEXT NOT NULL,
        winner TEXT,
        confidence TEXT,
        margin REAL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
        saved_at TEXT NOT NULL,
        name TEXT NOT NULL,
        data TEXT NOT NULL,
        winner TEXT,
        confidence TEXT,
        margin REAL
      ) STRICT;
      CREATE INDEX revisions_by_profile ON revisions (profile_id, id);
      CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 2,
    description: 'the accepted house rules file: its bytes, hash and where it was read from',
    sql: `
      CREATE TABLE house_rules (
        id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
        bytes BLOB NOT NULL,
        hash TEXT NOT NULL,
        path TEXT,
        accepted_at TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 3,
    description: 'how each profile\'s decision stands (decided, undecided, stale) beside its evaluation summary',
    sql: `
      ALTER TABLE profiles ADD COLUMN decision TEXT;
      ALTER TABLE revisions ADD COLUMN decision TEXT;
      UPDATE profiles SET decision = CASE WHEN json_extract(data, '$.decision.status') = 'accepted' THEN 'decided' ELSE 'undecided' END;
      UPDATE revisions SET decision = CASE WHEN json_extract(data, '$.decision.status') = 'accepted' THEN 'decided' ELSE 'undecided' END;
    `,
  },
  {
    version: 4,
    description: 'the portfolio beside each summary: the workload\'s group, and the open questions that could change its recommendation',
    sql: `
      ALTER TABLE profiles ADD COLUMN group_name TEXT;
      ALTER TABLE profiles ADD COLUMN open_questions TEXT;
      ALTER TABLE revisions ADD COLUMN group_name TEXT;
      ALTER TABLE revisions ADD COLUMN open_questions TEXT;
      UPDATE profiles SET group_name = json_extract(data, '$.group');
      UPDATE revisions SET group_name = json_extract(data, '$.group');
    `,
  },
  {
    version: 5,
    description: 'the inferred answers an older Hostwise kept as "Inferred: …" notes lines move into each saved version\'s provenance',
    sql: '',
    data: (db) => {
      for (const table of ['profiles', 'revisions'] as const) liftStoredNotes(db, table);
    },
  },
];

/** Once, for every saved version: what `liftInferenceNotes` does to a profile file of format 3. */
function liftStoredNotes(db: SqlDb, table: 'profiles' | 'revisions'): void {
  for (const row of db.all(`SELECT rowid AS position, data FROM ${table}`)) {
    const lifted = liftedJson(text(row, 'data'));
    if (lifted !== null) db.run(`UPDATE ${table} SET data = ? WHERE rowid = ?`, [lifted, integer(row, 'position')]);
  }
}

/** The profile's JSON with its notes lines lifted; null when there is nothing to lift (or it is not a profile: it stays as it is). */
function liftedJson(json: string): string | null {
  let profile: unknown;
  try {
    profile = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof profile !== 'object' || profile === null || !('notes' in profile) || typeof profile.notes !== 'string' || 'provenance' in profile) return null;
  const lifted = liftInferenceNotes({ ...profile, notes: profile.notes });
  return lifted.notes === profile.notes ? null : JSON.stringify(lifted);
}

export const latestVersion = migrations.length;

export type SchemaState =
  | { kind: 'current'; version: number }
  | { kind: 'migrated'; from: number; to: number }
  | { kind: 'newer'; version: number; supported: number };

export function userVersion(db: SqlDb): number {
  const row = db.get('PRAGMA user_version');
  return row ? integer(row, 'user_version') : 0;
}

/** Brings the schema to the latest version, one transaction per migration; a newer schema is left alone. */
export function migrate(db: SqlDb, list: readonly Migration[] = migrations): SchemaState {
  const from = userVersion(db);
  if (from > list.length) return { kind: 'newer', version: from, supported: list.length };
  for (const migration of list.slice(from)) {
    db.transaction(() => {
      db.script(migration.sql);
      migration.data?.(db);
      db.script(`PRAGMA user_version = ${migration.version}`);
    });
  }
  return from === list.length ? { kind: 'current', version: from } : { kind: 'migrated', from, to: list.length };
}
