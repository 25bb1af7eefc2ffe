import type { Profile } from '../profile';
import { profileFileFormat, profileFileSchemaUrl, profileFileVersion, type ProfileFile } from './schema';

/**
 * The file text of some profiles: keys in a fixed order, records sorted, 2-space indentation and a final
 * newline, so saving the same data twice gives the same bytes and a change shows as a small git diff.
 */
export function serializeProfileFile(profiles: readonly Profile[]): string {
  const file: ProfileFile = {
    $schema: profileFileSchemaUrl,
    format: profileFileFormat,
    version: profileFileVersion,
    profiles: profiles.map(canonical),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Listed field by field: a field added to the schema fails to compile here until it gets its place. */
function canonical(profile: Profile): Profile {
  return {
    id: profile.id,
    name: profile.name,
    catalogVersion: profile.catalogVersion,
    answers: sorted(profile.answers),
    weightOverrides: sorted(profile.weightOverrides),
    notes: profile.notes,
    revisit: [...profile.revisit],
    ...(profile.houseRules ? { houseRules: { ...profile.houseRules } } : {}),
    createdAt: profile.createdAt,
    updatedAt: profile.updatedAt,
  };
}

function sorted<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}
