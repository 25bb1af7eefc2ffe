import { describe, expect, it } from 'vitest';
import { fileLimits, serializeProfileFile } from '../../../shared/profile-file';
import { accepted, refusal, validFile, validProfile } from './support';

const withProfile = (change: (profile: Record<string, unknown>) => void) => {
  const document = JSON.parse(validFile) as { profiles: Record<string, unknown>[] };
  change(document.profiles[0]!);
  return JSON.stringify(document);
};
const uuid = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

describe('the strict schema', () => {
  it('refuses unknown properties at every level, naming the property', () => {
    expect(refusal(validFile.replace('"format":', '"exportedBy": "x", "format":'))).toMatchObject({
      code: 'schema-violation',
      path: '$.exportedBy',
    });
    const error = refusal(withProfile((profile) => void (profile['token'] = 'secret')));
    expect(error).toMatchObject({ code: 'schema-violation', path: '$.profiles[0].token' });
    expect(error.message).toContain('"token"');
  });

  it('refuses wrong types, bad ids and dates, empty names, with the path of the value', () => {
    const cases: [(profile: Record<string, unknown>) => void, string][] = [
      [(profile) => void (profile['id'] = 'not-a-uuid'), '$.profiles[0].id'],
      [(profile) => void (profile['name'] = '  '), '$.profiles[0].name'],
      [(profile) => void (profile['createdAt'] = '2026-02-30T00:00:00Z'), '$.profiles[0].createdAt'],
      [(profile) => void (profile['catalogVersion'] = 1.5), '$.profiles[0].catalogVersion'],
      [(profile) => void (profile['revisit'] = 'latency'), '$.profiles[0].revisit'],
      [(profile) => void delete profile['notes'], '$.profiles[0].notes'],
    ];
    for (const [change, path] of cases) expect(refusal(withProfile(change))).toMatchObject({ code: 'schema-violation', path });
  });

  it('shows ids with markup or control characters as inert, escaped text', () => {
    const error = refusal(withProfile((profile) => void (profile['answers'] = { '<b onmouseover=x>\u001b[31m': 'own' })));
    expect(error.code).toBe('schema-violation');
    expect(error.path).toBe('$.profiles[0].answers["<b onmouseover=x>\\u001b[31m"]');
    expect(error.path).not.toContain('\u001b');
  });

  it('keeps weights within 0–100 and finite, and names an unknown criterion', () => {
    for (const weight of ['-0.001', '100.5', '1e400', '"3"', 'null']) {
      expect(refusal(validFile.replace('"isolation": 2', `"isolation": ${weight}`))).toMatchObject({
        code: 'weight-out-of-range',
        path: '$.profiles[0].weightOverrides.isolation',
      });
    }
    expect(accepted(validFile.replace('"isolation": 2', '"isolation": 100')).profiles[0]!.weightOverrides).toEqual({ isolation: 100 });
    expect(accepted(validFile.replace('"isolation": 2', '"isolation": 0')).profiles[0]!.weightOverrides).toEqual({ isolation: 0 });
    const unknown = refusal(validFile.replace('"isolation": 2', '"security": 2'));
    expect(unknown).toMatchObject({ code: 'unknown-criterion', path: '$.profiles[0].weightOverrides.security' });
    expect(unknown.message).toContain('isolation');
  });

  it('refuses a weightOverrides that is not an object as a schema violation, not a weight', () => {
    expect(refusal(withProfile((profile) => void (profile['weightOverrides'] = [])))).toMatchObject({
      code: 'schema-violation',
      path: '$.profiles[0].weightOverrides',
    });
  });

  it('takes 1,000 profiles in one file and refuses 1,001 before validating any', () => {
    const thousand = Array.from({ length: fileLimits.maxProfiles }, (_, index) => ({ ...validProfile, id: uuid(index) }));
    expect(accepted(serializeProfileFile(thousand)).profiles).toHaveLength(fileLimits.maxProfiles);
    const tooMany = JSON.stringify({ format: 'hostwise.profiles', version: 1, profiles: Array.from({ length: 1_001 }, () => 'junk') });
    expect(refusal(tooMany)).toMatchObject({ code: 'too-many-profiles', path: '$.profiles' });
  });

  it('refuses two profiles with one id, pointing at the second', () => {
    const error = refusal(serializeProfileFile([validProfile, { ...validProfile, id: uuid(1) }, { ...validProfile, name: 'Copy' }]));
    expect(error).toMatchObject({ code: 'duplicate-profile-id', path: '$.profiles[2].id' });
    expect(error.message).toContain('Profiles 1 and 3');
  });

  it('accepts an empty file of profiles and any $schema address', () => {
    expect(accepted('{"format": "hostwise.profiles", "version": 1, "profiles": []}').profiles).toEqual([]);
    expect(accepted(validFile.replace('https://hostwise.dev/schema/hostwise-profiles.schema.json', './local.schema.json')).profiles).toHaveLength(1);
  });
});
