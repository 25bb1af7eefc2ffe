import { catalog as currentCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import type { Profile } from '../profile';
import { catalogSteps, migrateProfile, type CatalogMigration, type CatalogStep } from '../migrate';
import { checkAnswers } from './check-answers';
import { decodeFile } from './decode';
import { findDuplicateId } from './duplicates';
import { fileError, refused, type ProfileFileError, type Refused } from './errors';
import { parseJson } from './parse-json';
import { formatPath } from './json-path';
import { countProfiles } from './profile-count';
import { scanJson } from './scan';
import { schemaError } from './schema-issues';
import { profileFileSchema } from './schema';
import { formatMigrations, gateVersion, type FormatMigration, type Gated } from './version-gate';

export interface ParsedProfileFile {
  ok: true;
  profiles: Profile[];
  /** The file format version the file was migrated from; null when it had the current one. */
  migratedFrom: number | null;
  /** Profiles answered against an older catalogue and carried over to the current one. */
  catalogMigrations: CatalogMigration[];
}

export type ProfileFileResult = ParsedProfileFile | Refused;

/** What the file is read against; tests replace them to prove the migrations. */
export interface ParseOptions {
  catalog?: Catalog;
  catalogSteps?: readonly CatalogStep[];
  formatMigrations?: readonly FormatMigration[];
}

/**
 * Reads a `.hostwise` file. Checks run cheapest and most protective first: size, encoding, syntax with the
 * structural limits, prototype keys, format version, schema, then the catalogue. Never throws on bad input.
 */
export function parseProfileFile(input: string | Uint8Array, options: ParseOptions = {}): ProfileFileResult {
  const read = readDocument(input, options.formatMigrations ?? formatMigrations);
  if (!read.ok) return read;
  const validated = validateDocument(read.document);
  if (!validated.ok) return validated;
  const carried = toCatalog(validated.profiles, options.catalog ?? currentCatalog, options.catalogSteps ?? catalogSteps);
  return carried.ok ? { ...carried, migratedFrom: read.migratedFrom } : carried;
}

/** From bytes to a document of the current format version, without trusting anything in it yet. */
function readDocument(input: string | Uint8Array, migrations: readonly FormatMigration[]): Gated {
  const decoded = decodeFile(input);
  if (!decoded.ok) return decoded;
  const syntaxError = scanJson(decoded.text);
  if (syntaxError) return refused(syntaxError);
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) return parsed;
  const gated = gateVersion(parsed.value, migrations);
  const tooMany = gated.ok ? countProfiles(gated.document) : null;
  return tooMany ? refused(tooMany) : gated;
}

function validateDocument(document: unknown): { ok: true; profiles: Profile[] } | Refused {
  const checked = profileFileSchema.safeParse(document);
  if (!checked.success) return refused(schemaError(checked.error.issues));
  const duplicate = findDuplicateId(checked.data.profiles);
  return duplicate ? refused(duplicate) : { ok: true, profiles: checked.data.profiles };
}

type Carried = { ok: true; profiles: Profile[]; catalogMigrations: CatalogMigration[] } | Refused;

/** Brings every profile to the catalogue's version, then checks its answers against it. */
function toCatalog(profiles: readonly Profile[], catalog: Catalog, steps: readonly CatalogStep[]): Carried {
  const carried: Profile[] = [];
  const catalogMigrations: CatalogMigration[] = [];
  for (const [index, profile] of profiles.entries()) {
    if (profile.catalogVersion > catalog.version) return refused(newerCatalog(profile, catalog, index));
    const migrated = profile.catalogVersion < catalog.version ? migrateProfile(profile, catalog, steps) : null;
    const current = migrated?.profile ?? profile;
    const error = checkAnswers(current, catalog, ['profiles', index]);
    if (error) return refused(error);
    carried.push(current);
    if (migrated) catalogMigrations.push(migrated.migration);
  }
  return { ok: true, profiles: carried, catalogMigrations };
}

function newerCatalog(profile: Profile, catalog: Catalog, index: number): ProfileFileError {
  return fileError(
    'newer-catalog',
    `Profile ${index + 1} was answered with a newer questionnaire (catalogue version ${profile.catalogVersion}; this app has version ${catalog.version}). Update Hostwise to open it.`,
    { path: formatPath(['profiles', index, 'catalogVersion']) },
  );
}
