import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProfileFile, serializeProfileFile } from '../../../shared/profile-file';
import { accepted, validProfile, validProfilesArbitrary } from './support';

describe('serializeProfileFile', () => {
  it('writes the envelope, 2-space indentation and a final newline', () => {
    const text = serializeProfileFile([validProfile]);
    expect(text.startsWith('{\n  "$schema": "https://hostwise.dev/schema/hostwise-profiles.schema.json",\n  "format": "hostwise.profiles",\n  "version": 4,\n  "profiles": [\n    {\n      "id": ')).toBe(true);
    expect(text.endsWith('\n  ]\n}\n')).toBe(true);
    expect(text).not.toContain('\t');
  });

  it('orders keys the same way whatever order the profile was built in', () => {
    const shuffled = {
      updatedAt: validProfile.updatedAt,
      answers: { 'os-needs': 'linux', 'load-pattern': 'bursty', 'code-trust': 'own' },
      notes: validProfile.notes,
      weightOverrides: { scalability: 1, automation: 3 },
      revisit: [],
      id: validProfile.id,
      createdAt: validProfile.createdAt,
      catalogVersion: 2,
      name: validProfile.name,
    };
    const text = serializeProfileFile([shuffled]);
    const keysOf = (value: object) => Object.keys(value);
    const [written] = (JSON.parse(text) as { profiles: Record<string, object>[] }).profiles;
    expect(keysOf(written!)).toEqual(['id', 'name', 'catalogVersion', 'answers', 'weightOverrides', 'notes', 'revisit', 'createdAt', 'updatedAt']);
    expect(keysOf(written!['answers']!)).toEqual(['code-trust', 'load-pattern', 'os-needs']);
    expect(keysOf(written!['weightOverrides']!)).toEqual(['automation', 'scalability']);
  });

  it('drops properties a Profile does not have, so runtime extras never leak into a shared file', () => {
    const withExtra = { ...validProfile, secret: 'token' };
    expect(serializeProfileFile([withExtra])).not.toContain('secret');
  });

  it('round-trips any valid profiles, and a second save gives the same bytes', () => {
    fc.assert(
      fc.property(validProfilesArbitrary, (profiles) => {
        const text = serializeProfileFile(profiles);
        const parsed = accepted(text);
        expect(parsed.profiles).toEqual(profiles);
        expect(serializeProfileFile(parsed.profiles)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips through bytes as well as through a string', () => {
    const text = serializeProfileFile([validProfile]);
    const fromBytes = parseProfileFile(new TextEncoder().encode(text));
    expect(fromBytes.ok && fromBytes.profiles).toEqual([validProfile]);
  });
});
