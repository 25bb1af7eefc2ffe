import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMigrations, type FormatMigration } from '../../../shared/profile-file';
import { accepted, refusal, validFile } from './support';

const versionZero = readFileSync(new URL('../../fixtures/migrations/version-0.hostwise', import.meta.url), 'utf8');

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The hypothetical step 0 → 1: answers were a list of pairs, the name was a title. Total on any input. */
const fromVersionZero: FormatMigration = {
  from: 0,
  migrate: (document) => ({
    ...document,
    profiles: Array.isArray(document['profiles']) ? document['profiles'].map(profileFromVersionZero) : document['profiles'],
  }),
};

function profileFromVersionZero(old: unknown): unknown {
  if (!isObject(old)) return old;
  const pairs = Array.isArray(old['answers']) ? old['answers'].filter(isObject) : [];
  return {
    id: old['id'],
    name: old['title'],
    catalogVersion: old['catalog'],
    answers: Object.fromEntries(pairs.map((pair) => [String(pair['question']), pair['answer']])),
    weightOverrides: old['weights'],
    notes: old['notes'],
    revisit: [],
    createdAt: old['created'],
    updatedAt: old['modified'],
  };
}

describe('the format gate', () => {
  it('refuses anything that is not a Hostwise profile file', () => {
    expect(refusal('[]')).toMatchObject({ code: 'wrong-format', path: '$' });
    expect(refusal('"hostwise.profiles"').message).toContain('a string');
    expect(refusal('{"version": 1, "profiles": []}')).toMatchObject({ code: 'wrong-format', path: '$.format' });
    expect(refusal(validFile.replace('"hostwise.profiles"', '"hostwise.profile"')).message).toContain('"hostwise.profile"');
  });

  it('tells the user to update Hostwise for a newer version, before looking at the rest', () => {
    const error = refusal('{"format": "hostwise.profiles", "version": 5, "profiles": "anything the future holds"}');
    expect(error).toMatchObject({ code: 'newer-version', path: '$.version' });
    expect(error.message).toContain('made by a newer Hostwise');
    expect(error.message).toContain('Update Hostwise');
  });

  it('refuses a missing or malformed version and one older than any migration reaches', () => {
    for (const version of ['"1"', '1.5', 'null', '-1']) {
      expect(refusal(validFile.replace('"version": 4', `"version": ${version}`)).code).toBe('unsupported-version');
    }
    expect(refusal(versionZero).message).toContain('version 0 is older than any');
  });
});

describe('format migrations, one function per version step', () => {
  it('opens a version-1 file, made before profiles could record house rules, through the steps 1 → 2 → 3 → 4', () => {
    const parsed = accepted(validFile.replace('"version": 4', '"version": 1'));
    expect(parsed.migratedFrom).toBe(1);
    expect(parsed.profiles[0]!.houseRules).toBeUndefined();
    expect(parsed.profiles[0]!.decision).toBeUndefined();
  });

  it('opens a version-2 file, made before profiles could record a decision, through the steps 2 → 3 → 4', () => {
    const parsed = accepted(validFile.replace('"version": 4', '"version": 2'));
    expect(parsed.migratedFrom).toBe(2);
    expect(parsed.profiles).toEqual(accepted(validFile).profiles);
    expect(parsed.profiles[0]!.decision).toBeUndefined();
  });

  it('opens a version-3 file through the step 3 → 4, moving inferred answers from the notes into provenance', () => {
    const line = `Inferred: os-needs = windows-legacy from vInfo 'OS according to the VMware Tools' (\\"Microsoft Windows Server 2012 R2 (64-bit)\\")`;
    const document = JSON.parse(validFile) as { profiles: Record<string, unknown>[] };
    const profile = document.profiles[0]!;
    const answers = { ...(profile['answers'] as Record<string, string>), 'os-needs': 'windows-legacy' };
    const old = { ...document, version: 3, profiles: [{ ...profile, answers, notes: `Imported from RVTools.\n${JSON.parse(`"${line}"`) as string}` }] };
    const parsed = accepted(JSON.stringify(old));
    expect(parsed.migratedFrom).toBe(3);
    expect(parsed.profiles[0]!.notes).toBe('Imported from RVTools.');
    expect(parsed.profiles[0]!.provenance).toEqual({
      'os-needs': { answer: 'windows-legacy', source: "vInfo 'OS according to the VMware Tools'", value: 'Microsoft Windows Server 2012 R2 (64-bit)' },
    });
    expect(parsed.profiles[0]!.group).toBeUndefined();
  });

  it('opens the version-0 fixture through the step 0 → 1 and says it did', () => {
    const parsed = accepted(versionZero, { formatMigrations: [fromVersionZero, ...formatMigrations] });
    expect(parsed.migratedFrom).toBe(0);
    // The format step gives a catalogue-1 profile; the catalogue step then carries it to catalogue 2.
    expect(parsed.catalogMigrations.map((migration) => migration.fromCatalog)).toEqual([1]);
    expect(parsed.profiles).toEqual([
      {
        id: '0b6f3c1e-2d4a-4e5f-8a7b-9c0d1e2f3a4b',
        name: 'Invoice archive (written by a hypothetical Hostwise 0.x)',
        catalogVersion: 2,
        answers: { state: 'local-persistent', 'os-needs': 'linux' },
        weightOverrides: { portability: 0 },
        notes: 'Version 0 kept answers as a list of pairs and called the name a title.',
        revisit: ['hosting-environment', 'hardware-virtualization', 'existing-platform', 'cpu-architecture', 'availability', 'scale-churn', 'workload-type'],
        createdAt: '2025-11-02T08:00:00Z',
        updatedAt: '2025-11-03T08:00:00Z',
      },
    ]);
  });

  it('reports a current file as not migrated', () => {
    expect(accepted(validFile, { formatMigrations: [fromVersionZero, ...formatMigrations] }).migratedFrom).toBeNull();
  });

  it('checks the migrated document like any other: schema, then catalogue', () => {
    const unknownAnswer = versionZero.replace('"linux-any"', '"linux-ancient"');
    expect(refusal(unknownAnswer, { formatMigrations: [fromVersionZero, ...formatMigrations] }).code).toBe('unknown-answer');
    const noTitle = versionZero.replace('"title"', '"heading"');
    expect(refusal(noTitle, { formatMigrations: [fromVersionZero, ...formatMigrations] })).toMatchObject({ code: 'schema-violation', path: '$.profiles[0].name' });
  });

  it('checks prototype keys again when a step turned values into keys', () => {
    const sneaky = versionZero.replace('"question": "state"', '"question": "constructor"');
    expect(refusal(sneaky, { formatMigrations: [fromVersionZero, ...formatMigrations] })).toMatchObject({
      code: 'forbidden-key',
      path: '$.profiles[0].answers.constructor',
    });
  });
});
