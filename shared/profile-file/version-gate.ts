import { liftInferenceNotes } from '../migrate/inference-notes';
import { fileError, refused, type ProfileFileError, type Refused } from './errors';
import { forbiddenKeyError } from './parse-json';
import { profileFileFormat, profileFileVersion } from './schema';
import { quote } from './text';

type JsonObject = Record<string, unknown>;

/** One step of the file format: reads a document of version `from`, returns it as version `from + 1`. */
export interface FormatMigration {
  from: number;
  /** Gets unvalidated data (only format and version are checked): it must not throw on odd shapes. */
  migrate(document: JsonObject): JsonObject;
}

/** Every step from the oldest readable version up. */
export const formatMigrations: readonly FormatMigration[] = [
  // Version 2 lets a profile record the house rules it was saved under; a version 1 file has none to record.
  { from: 1, migrate: (document) => document },
  // Version 3 lets a profile record the architect's decision; a version 2 file has none to record.
  { from: 2, migrate: (document) => document },
  // Version 4 gives a profile a group and the provenance of inferred answers, which version 3 kept as notes lines.
  { from: 3, migrate: (document) => ({ ...document, profiles: mapProfiles(document['profiles'], liftFromNotes) }) },
];

function mapProfiles(profiles: unknown, step: (profile: JsonObject) => JsonObject): unknown {
  return Array.isArray(profiles) ? profiles.map((profile: unknown) => (isObject(profile) ? step(profile) : profile)) : profiles;
}

/** Lifts only what has the shape the lift reads; anything else is left for validation to refuse. */
function liftFromNotes(profile: JsonObject): JsonObject {
  const { notes, provenance } = profile;
  if (typeof notes !== 'string' || provenance !== undefined) return profile;
  return liftInferenceNotes({ ...profile, notes });
}

export type Gated = { ok: true; document: JsonObject; migratedFrom: number | null } | Refused;

/** Is it a Hostwise profile file, of a version this app can read? Older versions are migrated step by step. */
export function gateVersion(value: unknown, migrations: readonly FormatMigration[]): Gated {
  if (!isObject(value) || value['format'] !== profileFileFormat) return refused(wrongFormat(value));
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) {
    return refused(fileError('unsupported-version', 'The file has no valid format version.', { path: '$.version' }));
  }
  if (version > profileFileVersion) {
    return refused(
      fileError(
        'newer-version',
        `This file was made by a newer Hostwise (file format version ${version}; this app reads up to version ${profileFileVersion}). Update Hostwise to open it.`,
        { path: '$.version' },
      ),
    );
  }
  return migrate(value, version, migrations);
}

function migrate(document: JsonObject, version: number, migrations: readonly FormatMigration[]): Gated {
  let current = document;
  for (let from = version; from < profileFileVersion; from++) {
    const step = migrations.find((migration) => migration.from === from);
    if (!step) {
      const message = `File format version ${version} is older than any this Hostwise can open.`;
      return refused(fileError('unsupported-version', message, { path: '$.version' }));
    }
    current = { ...step.migrate(current), version: from + 1 };
  }
  if (version === profileFileVersion) return { ok: true, document: current, migratedFrom: null };
  // A step may turn values into keys: the migrated document gets the prototype-key check once more.
  const forbidden = forbiddenKeyError(current);
  return forbidden ? refused(forbidden) : { ok: true, document: current, migratedFrom: version };
}

function wrongFormat(value: unknown): ProfileFileError {
  const expected = `"format": "${profileFileFormat}"`;
  if (!isObject(value)) {
    return fileError('wrong-format', `This is not a Hostwise profile file: it holds ${kind(value)}, not an object with ${expected}.`, {
      path: '$',
    });
  }
  const format = value['format'];
  const found = typeof format === 'string' ? `its format is ${quote(format)}` : 'it does not say its format';
  return fileError('wrong-format', `This is not a Hostwise profile file: ${found}; expected ${expected}.`, { path: '$.format' });
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'null' : `a ${typeof value}`;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
