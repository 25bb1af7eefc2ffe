import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProfileFile, profileFileErrorCodes, type ProfileFileResult } from '../../../shared/profile-file';
import { hostileFolder, hostileManifest } from '../../tools/generated-files';
import { validFile } from './support';

const root = new URL('../../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL(hostileManifest, root), 'utf8')) as Record<string, string>;
const files = readdirSync(new URL(hostileFolder, root)).sort();
const knownCodes = new Set<string>(profileFileErrorCodes);

/** Parsing must answer, never throw: a throw here fails the property or the test with its stack. */
function refusedCode(input: string | Uint8Array): string {
  const result: ProfileFileResult = parseProfileFile(input);
  return result.ok ? 'accepted' : result.error.code;
}

describe('the hostile corpus', () => {
  it('holds at least 40 files, each listed in the manifest with a known code', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(manifest).sort()).toEqual(files);
    for (const code of Object.values(manifest)) expect(knownCodes).toContain(code);
  });

  it('covers every error code (the 5 MB file is made in the size tests instead of being committed)', () => {
    expect(new Set([...Object.values(manifest), 'file-too-large'])).toEqual(knownCodes);
  });

  it.each(files)('refuses %s with its expected code and a message', (file) => {
    const result = parseProfileFile(readFileSync(new URL(`${hostileFolder}/${file}`, root)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(manifest[file]);
    expect(result.error.message.length).toBeGreaterThan(10);
  });
});

describe('generated hostile input', () => {
  it('refuses random bytes with a known code', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        expect(knownCodes).toContain(refusedCode(bytes));
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuses arbitrary JSON values with a known code', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 40 }), (value) => {
        expect(knownCodes).toContain(refusedCode(JSON.stringify(value)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuses arbitrary values in place of the profiles, or accepts only what the schema allows', () => {
    const envelope = (profiles: unknown) => JSON.stringify({ format: 'hostwise.profiles', version: 1, profiles });
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 4 }), { minLength: 1, maxLength: 5 }), (profiles) => {
        expect(knownCodes).toContain(refusedCode(envelope(profiles)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('answers every mutation of a valid file with the profiles or a known code', () => {
    const mutation = fc.tuple(fc.nat({ max: validFile.length }), fc.nat({ max: 20 }), fc.string({ unit: 'binary', maxLength: 8 }));
    fc.assert(
      fc.property(mutation, ([at, removed, inserted]) => {
        const code = refusedCode(validFile.slice(0, at) + inserted + validFile.slice(at + removed));
        expect(code === 'accepted' || knownCodes.has(code)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
});
