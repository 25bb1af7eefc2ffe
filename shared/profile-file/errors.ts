import type { CodedErrorData } from '../api/errors';

/** How any Hostwise JSON document (profile or rules file) can fail before its own schema is looked at. */
export const documentErrorCodes = [
  'file-too-large',
  'invalid-encoding',
  'invalid-json',
  'too-deep',
  'too-many-keys',
  'string-too-long',
  'forbidden-key',
  'wrong-format',
  'unsupported-version',
  'newer-version',
] as const;

/** Every way a profile file can be refused. The codes are stable: scripts and tests rely on them. */
export const profileFileErrorCodes = [
  ...documentErrorCodes,
  'too-many-profiles',
  'schema-violation',
  'weight-out-of-range',
  'unknown-criterion',
  'duplicate-profile-id',
  'newer-catalog',
  'unknown-question',
  'unknown-answer',
] as const;
export type ProfileFileErrorCode = (typeof profileFileErrorCodes)[number];

export interface ProfileFileError extends CodedErrorData {
  code: ProfileFileErrorCode;
}

export function fileError(
  code: ProfileFileErrorCode,
  message: string,
  extras: { path?: string; details?: unknown } = {},
): ProfileFileError {
  return { code, message, ...extras };
}

/** The failing side of every step's result. */
export interface Refused {
  ok: false;
  error: ProfileFileError;
}

export function refused(error: ProfileFileError): Refused {
  return { ok: false, error };
}
