import { describe, expect, it } from 'vitest';
import { fingerprintOf, inputChanges, snapshotInputs } from '../../../shared/decision';

describe('the inputs fingerprint', () => {
  it('is the SHA-256 of the canonical JSON, whatever the key order', () => {
    const inputs = { answers: { b: 'x', a: 'y' }, weightOverrides: { isolation: 2 } };
    // printf '%s' '{"answers":{"a":"y","b":"x"},"weightOverrides":{"isolation":2}}' | sha256sum
    expect(fingerprintOf(inputs)).toBe('824dc5a7cfc1511cb6849393dc0609679bc4b9322ea2275ac8058c3e1cf466a7');
    expect(snapshotInputs(inputs)).toEqual({ fingerprint: fingerprintOf(inputs), answers: { a: 'y', b: 'x' }, weightOverrides: { isolation: 2 } });
    expect(Object.keys(snapshotInputs(inputs).answers)).toEqual(['a', 'b']);
  });

  it('changes with any answer or weight', () => {
    const base = { answers: { a: 'y' }, weightOverrides: {} };
    expect(fingerprintOf({ ...base, answers: { a: 'z' } })).not.toBe(fingerprintOf(base));
    expect(fingerprintOf({ ...base, weightOverrides: { a: 0 } })).not.toBe(fingerprintOf(base));
  });
});

describe('inputChanges', () => {
  it('lists answers and weights added, removed and changed, in id order', () => {
    const before = { answers: { b: '1', a: '1', c: '1' }, weightOverrides: { x: 1, y: 2 } };
    const after = { answers: { a: '2', c: '1', d: '1' }, weightOverrides: { y: 2, z: 0 } };
    expect(inputChanges(before, after)).toEqual({
      answers: [
        { question: 'a', before: '1', after: '2' },
        { question: 'b', before: '1', after: null },
        { question: 'd', before: null, after: '1' },
      ],
      weights: [
        { criterion: 'x', before: 1, after: null },
        { criterion: 'z', before: null, after: 0 },
      ],
    });
  });
});
