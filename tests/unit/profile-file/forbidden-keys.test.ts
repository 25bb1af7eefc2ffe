import { describe, expect, it } from 'vitest';
import { accepted, refusal, validFile } from './support';

describe('prototype keys', () => {
  it('rests on JSON.parse defining "__proto__" as an own property, never as the prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}}') as object;
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses each reserved key wherever it is, with its path', () => {
    const cases = [
      [validFile.replace('"format":', '"__proto__": {"polluted": true}, "format":'), '$.__proto__'],
      [validFile.replace('"code-trust": "own"', '"code-trust": "own", "constructor": "own"'), '$.profiles[0].answers.constructor'],
      [validFile.replace('"revisit": []', '"revisit": [{"prototype": 1}]'), '$.profiles[0].revisit[0].prototype'],
    ] as const;
    for (const [text, path] of cases) expect(refusal(text)).toMatchObject({ code: 'forbidden-key', path });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('sees through escapes: "\\u005f_proto__" is the same key', () => {
    expect(refusal(validFile.replace('"isolation": 2', '"\\u005f_proto__": {}')).code).toBe('forbidden-key');
  });

  it('refuses them before the version gate, even in a file of another format', () => {
    expect(refusal('{"format": "other", "constructor": 1}').code).toBe('forbidden-key');
  });

  it('lets the same words through as values and inside notes', () => {
    const notes = validFile.replace('A valid profile the hostile cases are made from.', '__proto__ and constructor are only words here.');
    expect(accepted(notes).profiles[0]!.notes).toBe('__proto__ and constructor are only words here.');
  });
});
