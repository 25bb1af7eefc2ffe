import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileLimits } from '../../../shared/profile-file';
import { scanJson } from '../../../shared/profile-file/scan';
import { refusal, validFile } from './support';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const objectWithKeys = (count: number) => `{${Array.from({ length: count }, (_, index) => `"k${index}":0`).join(',')}}`;

describe('the syntax and structure scan', () => {
  it('accepts JSON that JSON.parse accepts, including every escape and number form', () => {
    const text = '{"a":[1,-0,0.5,1e3,-2.5E-3,true,false,null],"b":"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9","c":{}, "d":[]}';
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    expect(scanJson(text)).toBeNull();
  });

  it('agrees with JSON.parse on generated JSON, pretty-printed or not', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 10 }), fc.boolean(), (value, pretty) => {
        expect(scanJson(JSON.stringify(value, null, pretty ? 2 : undefined))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('refuses exactly what JSON.parse refuses, on text made of JSON’s own characters', () => {
    const pieces = fc.constantFrom('{', '}', '[', ']', ':', ',', '"', '\\', 'a', 'u', '0', '1', '-', '.', 'e', ' ', '\n', 'true', 'null', '"k"');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }).map((parts) => parts.join('')), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(scanJson(text) === null).toBe(parses);
      }),
      { numRuns: 3_000 },
    );
  });

  it('reports the line and column of a syntax error, counted from 1', () => {
    const error = refusal('{\n  "format": "hostwise.profiles",\n  "version": 1 x\n}');
    expect(error).toMatchObject({ code: 'invalid-json', details: { line: 3, column: 16 }, path: '$.version' });
    expect(error.message).toContain("expected ',' or '}' but found 'x'");
    expect(error.message).toContain('Line 3, column 16');
  });

  it('says where an unterminated string starts and when the file is empty', () => {
    expect(refusal('{"notes": "never closed').details).toEqual({ line: 1, column: 11 });
    expect(refusal('').message).toContain('empty');
  });

  it('shows invisible characters it stumbles on as code points', () => {
    expect(refusal('{"a": \u200B1}').message).toContain('U+200B');
  });

  it('allows nesting of 32 levels and refuses 33, with the path to the place', () => {
    expect(scanJson(nested(fileLimits.maxDepth))).toBeNull();
    const error = refusal(nested(fileLimits.maxDepth + 1));
    expect(error.code).toBe('too-deep');
    expect(error.path).toBe(`$${'[0]'.repeat(fileLimits.maxDepth)}`);
  });

  it('handles a million open brackets without recursion', () => {
    expect(refusal('['.repeat(1_000_000)).code).toBe('too-deep');
  });

  it('allows 1,000 keys in one object and refuses 1,001', () => {
    expect(scanJson(objectWithKeys(fileLimits.maxKeysPerObject))).toBeNull();
    expect(refusal(objectWithKeys(fileLimits.maxKeysPerObject + 1)).code).toBe('too-many-keys');
  });

  it('allows strings of 10,000 UTF-16 units and refuses 10,001, counting an escape as one unit', () => {
    const max = fileLimits.maxStringLength;
    expect(scanJson(`"${'a'.repeat(max)}"`)).toBeNull();
    expect(refusal(`"${'a'.repeat(max + 1)}"`).code).toBe('string-too-long');
    expect(scanJson(`"${'\\n'.repeat(max)}"`)).toBeNull();
    expect(refusal(`"${'\\u0041'.repeat(max + 1)}"`).code).toBe('string-too-long');
    expect(scanJson(`"${'😀'.repeat(max / 2)}"`)).toBeNull();
    expect(refusal(`"${'😀'.repeat(max / 2)}a"`).code).toBe('string-too-long');
  });

  it('applies the string limit to keys too', () => {
    expect(refusal(`{"${'k'.repeat(fileLimits.maxStringLength + 1)}": 1}`)).toMatchObject({ code: 'string-too-long', path: '$' });
  });

  it('finds the error after the key that precedes it', () => {
    expect(refusal(`{"format": "hostwise.profiles", "version": 1, "profiles": [{"a": 1,}]}`).path).toBe('$.profiles[0]');
    expect(refusal(validFile.replace('"own"', 'own')).path).toBe('$.profiles[0].answers["code-trust"]');
  });
});
