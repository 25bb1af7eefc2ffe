import { sortedByKey } from '../decision/fingerprint';
import type { Decision } from '../decision/schema';
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

/** Same content as the file writes it (answers, weights, notes, name …): the save times alone do not make two profiles differ. */
export function sameProfileContent(a: Profile, b: Profile): boolean {
  const content = (profile: Profile) => serializeProfileFile([{ ...profile, createdAt: '', updatedAt: '' }]);
  return content(a) === content(b);
}

/** Listed field by field: a field added to the schema fails to compile here until it gets its place. */
function canonical(profile: Profile): Profile {
  return {
    id: profile.id,
    name: profile.name,
    catalogVersion: profile.catalogVersion,
    answers: sortedByKey(profile.answers),
    weightOverrides: sortedByKey(profile.weightOverrides),
    notes: profile.notes,
    ...(profile.group === undefined ? {} : { group: profile.group }),
    ...(profile.provenance ? { provenance: canonicalProvenance(profile.provenance) } : {}),
    revisit: [...profile.revisit],
    ...(profile.houseRules ? { houseRules: { ...profile.houseRules } } : {}),
    ...(profile.decision ? { decision: canonicalDecision(profile.decision) } : {}),
    createdAt: profile.createdAt,
    updatedAt: profile.updatedAt,
  };
}

function canonicalProvenance(provenance: NonNullable<Profile['provenance']>): Profile['provenance'] {
  return Object.fromEntries(Object.entries(sortedByKey(provenance)).map(([question, { answer, source, value }]) => [question, { answer, source, value }]));
}

function canonicalDecision(decision: Decision): Decision {
  const signed = {
    status: decision.status,
    option: decision.option,
    by: decision.by,
    at: decision.at,
    catalogVersion: decision.catalogVersion,
    ...(decision.houseRules ? { houseRules: { ...decision.houseRules } } : {}),
    inputs: {
      fingerprint: decision.inputs.fingerprint,
      answers: sortedByKey(decision.inputs.answers),
      weightOverrides: sortedByKey(decision.inputs.weightOverrides),
    },
  };
  return decision.kind === 'accept'
    ? { kind: 'accept', ...signed }
    : { kind: 'override', ...signed, justification: decision.justification };
}
