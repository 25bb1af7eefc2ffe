import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  apiErrorCodes,
  type CodedError,
  errorCodes,
  isCodedErrorData,
  isErrorCode,
  readCodedErrorData,
  storeErrorCodes,
  type ErrorCode,
} from '../../../shared/api/errors';
import { decisionErrorCodes } from '../../../shared/decision/errors';
import { rulesFileErrorCodes } from '../../../shared/house-rules/errors';
import { profileFileErrorCodes } from '../../../shared/profile-file/errors';
import { hostileManifest, hostileRulesManifest } from '../../tools/generated-files';

const root = new URL('../../../', import.meta.url);
const kebab = /^[a-z]+(-[a-z]+)*$/;

describe('ErrorCode: one union in one casing', () => {
  it('lists every code once, each in kebab-case', () => {
    expect(new Set(errorCodes).size).toBe(errorCodes.length);
    for (const code of errorCodes) expect(code).toMatch(kebab);
  });

  it('holds the codes of the files, the decision, the store and the app', () => {
    const lists = [profileFileErrorCodes, rulesFileErrorCodes, decisionErrorCodes, storeErrorCodes, apiErrorCodes];
    for (const code of lists.flat()) expect(errorCodes).toContain(code);
    expect(errorCodes.length).toBe(new Set(lists.flat()).size);
  });

  it('knows every code the hostile-file manifests publish', () => {
    const profiles = JSON.parse(readFileSync(new URL(hostileManifest, root), 'utf8')) as Record<string, string>;
    const rules = JSON.parse(readFileSync(new URL(hostileRulesManifest, root), 'utf8')) as Record<string, { code: string }>;
    for (const code of [...Object.values(profiles), ...Object.values(rules).map((entry) => entry.code)]) {
      expect(isErrorCode(code), code).toBe(true);
    }
  });

  it('makes a code outside the union a type error', () => {
    expectTypeOf<'profile-invalid'>().toExtend<ErrorCode>();
    // @ts-expect-error the old casing is no code
    const old: ErrorCode = 'PROFILE_INVALID';
    expect(isErrorCode(old)).toBe(false);
    expectTypeOf<CodedError['code']>().toEqualTypeOf<ErrorCode>();
  });
});

describe('coded errors at the boundary', () => {
  it('isCodedErrorData accepts only codes Hostwise knows', () => {
    expect(isCodedErrorData({ code: 'profile-not-found', message: 'Gone.' })).toBe(true);
    expect(isCodedErrorData({ code: 'PROFILE_NOT_FOUND', message: 'Gone.' })).toBe(false);
    expect(isCodedErrorData({ code: 'profile-not-found' })).toBe(false);
    expect(isCodedErrorData(null)).toBe(false);
  });

  it('readCodedErrorData keeps a known code, path and details', () => {
    const data = { code: 'schema-violation', message: 'Wrong.', path: '$.profiles[0]', details: { n: 1 } };
    expect(readCodedErrorData(data)).toEqual(data);
  });

  it('readCodedErrorData maps an unknown code to internal, keeping the code received in the details', () => {
    expect(readCodedErrorData({ code: 'SOMETHING_NEW', message: 'Odd.', details: [1] })).toEqual({
      code: 'internal',
      message: 'Odd.',
      details: { receivedCode: 'SOMETHING_NEW', details: [1] },
    });
  });

  it('readCodedErrorData refuses what is not a coded error', () => {
    expect(readCodedErrorData({ message: 'no code' })).toBeNull();
    expect(readCodedErrorData({ code: 7, message: 'number' })).toBeNull();
    expect(readCodedErrorData('internal')).toBeNull();
  });
});
