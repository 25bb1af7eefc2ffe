import { decisionErrorCodes, type DecisionErrorCode } from '../decision/errors';
import { rulesFileErrorCodes, type RulesFileErrorCode } from '../house-rules/errors';
import { profileFileErrorCodes, type ProfileFileErrorCode } from '../profile-file/errors';

/** How the saved profiles can fail: the store throws these, the window shows them. */
export const storeErrorCodes = [
  'store-read-only',
  'store-changed-on-disk',
  'store-disk-full',
  'store-folder-read-only',
  'store-write-failed',
  'store-open-failed',
  'store-closed',
  'profile-not-found',
  'profile-exists',
  'profile-invalid',
  'revision-not-found',
] as const;
export type StoreErrorCode = (typeof storeErrorCodes)[number];

/** The app's own codes, beyond the files' and the decision's: store, IPC, files (inventories too), PDF, rules desk, browser. */
export const apiErrorCodes = [
  ...storeErrorCodes,
  'internal',
  'invalid-argument',
  'ipc-bad-reply',
  'ipc-unknown-channel',
  'ipc-untrusted-sender',
  'unreadable-file',
  'file-write-failed',
  'invalid-pdf',
  'no-profiles-in-pdf',
  'invalid-inventory',
  'pdf-report-failed',
  'pdf-timeout',
  'export-too-many',
  'import-too-many',
  'rules-none-pending',
  'rules-not-reviewed',
  'rules-none-remembered',
  'bulk-undo-expired',
  'browser-refused',
  'browser-popup-blocked',
  'browser-uploads',
  'browser-prints',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** Every code Hostwise gives an error, in one casing (kebab-case): a typo in a comparison is a type error. */
export type ErrorCode = ProfileFileErrorCode | RulesFileErrorCode | DecisionErrorCode | ApiErrorCode;

/** Each code once (the file formats share some). */
export const errorCodes: readonly ErrorCode[] = [
  ...new Set<ErrorCode>([...profileFileErrorCodes, ...rulesFileErrorCodes, ...decisionErrorCodes, ...apiErrorCodes]),
];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

/** An error that crosses the IPC boundary: a stable code, a sentence for the user, optional plain-JSON details. */
export interface CodedErrorData {
  code: ErrorCode;
  message: string;
  /** Where it applies, e.g. the JSON path inside a profile file. */
  path?: string;
  details?: unknown;
}

export class CodedError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;
  readonly details: unknown;

  constructor({ code, message, path, details }: CodedErrorData) {
    super(message);
    this.name = 'CodedError';
    this.code = code;
    this.path = path;
    this.details = details;
  }

  toData(): CodedErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.path === undefined ? {} : { path: this.path }),
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}

/** What every handler returns: plain JSON, identical under Electron's IPC and the test harness. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: CodedErrorData };

/** A coded error with a code Hostwise knows. */
export function isCodedErrorData(value: unknown): value is CodedErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return isErrorCode(record['code']) && typeof record['message'] === 'string';
}

/**
 * A coded error as it arrives from across a boundary: any string code is accepted, and one Hostwise does not
 * know becomes `internal` (the code received kept in the details). Null when it is not a coded error at all.
 */
export function readCodedErrorData(value: unknown): CodedErrorData | null {
  if (typeof value !== 'object' || value === null) return null;
  const { code, message, path, details } = value as Record<string, unknown>;
  if (typeof code !== 'string' || typeof message !== 'string') return null;
  const where = typeof path === 'string' ? { path } : {};
  if (isErrorCode(code)) return { code, message, ...where, ...(details === undefined ? {} : { details }) };
  return { code: 'internal', message, ...where, details: { receivedCode: code, ...(details === undefined ? {} : { details }) } };
}
