import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { parseRulesFile, rulesFileErrorCodes } from '../../../shared/house-rules';
import { hostileRulesFolder, hostileRulesManifest } from '../../tools/generated-files';
import { validRulesFile } from './support';

const root = new URL('../../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL(hostileRulesManifest, root), 'utf8')) as Record<string, { code: string; path: string }>;
const files = readdirSync(new URL(hostileRulesFolder, root)).sort();
const knownCodes = new Set<string>(rulesFileErrorCodes);

/** Parsing must answer, never throw: a throw here fails the property or the test with its stack. */
function refusedCodes(input: string | Uint8Array): string[] {
  const result = parseRulesFile(input, catalog);
  return result.ok ? [] : result.problems.map((problem) => problem.code);
}

describe('the hostile rules corpus', () => {
  it('holds at least 45 files, each listed in the manifest with a known code', () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
    expect(Object.keys(manifest).sort()).toEqual(files);
    for (const { code } of Object.values(manifest)) expect(knownCodes).toContain(code);
  });

  it('covers every error code', () => {
    expect(new Set(Object.values(manifest).map(({ code }) => code))).toEqual(knownCodes);
  });

  it.each(files)('refuses %s with its expected code, at the entry and field at fault, with a message', (file) => {
    const result = parseRulesFile(readFileSync(new URL(`${hostileRulesFolder}/${file}`, root)), catalog);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [first] = result.problems;
    expect({ code: first!.code, path: first!.path }).toEqual(manifest[file]);
    expect(first!.message.length).toBeGreaterThan(10);
    // Messages are safe to print: no control characters from the file.
    for (const problem of result.problems) expect(problem.message).not.toMatch(/\p{Cc}/u);
  });
});

describe('generated hostile rules', () => {
  it('refuses arbitrary JSON values with known codes', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 20 }), (value) => {
        const codes = refusedCodes(JSON.stringify(value));
        expect(codes.length).toBeGreaterThan(0);
        for (const code of codes) expect(knownCodes).toContain(code);
      }),
      { numRuns: 1_000 },
    );
  });

  it('answers every mutation of a valid file with the rules or known codes', () => {
    const mutation = fc.tuple(fc.nat({ max: validRulesFile.length }), fc.nat({ max: 20 }), fc.string({ unit: 'binary', maxLength: 8 }));
    fc.assert(
      fc.property(mutation, ([at, removed, inserted]) => {
        for (const code of refusedCodes(validRulesFile.slice(0, at) + inserted + validRulesFile.slice(at + removed))) expect(knownCodes).toContain(code);
      }),
      { numRuns: 1_000 },
    );
  });
});
