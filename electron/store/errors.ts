import { CodedError, type StoreErrorCode } from '../../shared/api/errors';

export type { StoreErrorCode } from '../../shared/api/errors';

/** Plain JSON, so an error crosses IPC unchanged. */
export type StoreErrorDetails = Record<string, string | number | boolean | null | readonly string[]>;

/**
 * Every failure of the store: a code for the program, a sentence for the user, details for support.
 * A CodedError, so handlers pass it to the window as it is.
 */
export class StoreError extends CodedError {
  declare readonly code: StoreErrorCode;
  declare readonly details: StoreErrorDetails;

  constructor(code: StoreErrorCode, message: string, details: StoreErrorDetails = {}, options?: { cause?: unknown }) {
    super({ code, message, details });
    this.name = 'StoreError';
    if (options) this.cause = options.cause;
  }
}

/** The errno code (`ENOSPC`, `EEXIST`…) of a Node file-system error, if it is one. */
export function errnoCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

const diskFull = new Set(['ENOSPC', 'EDQUOT']);
const notWritable = new Set(['EROFS', 'EACCES', 'EPERM']);

export function isNotWritable(error: unknown): boolean {
  return notWritable.has(errnoCode(error) ?? '');
}

/** Maps a failed write to the coded error the user sees; a StoreError passes through unchanged. */
export function writeError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const errno = errnoCode(error) ?? null;
  const details = { errno, reason: error instanceof Error ? error.message : String(error) };
  if (diskFull.has(errno ?? '')) {
    return new StoreError('store-disk-full', 'The disk is full, so your change was not saved. Free some space and try again.', details, { cause: error });
  }
  if (isNotWritable(error)) {
    return new StoreError(
      'store-folder-read-only',
      'Hostwise cannot write to the folder that holds your saved profiles, so your change was not saved.',
      details,
      { cause: error },
    );
  }
  return new StoreError('store-write-failed', 'Your change could not be written to disk and was not saved.', details, { cause: error });
}

export function profileNotFound(id: string): StoreError {
  return new StoreError('profile-not-found', 'This profile is no longer in your saved profiles.', { id });
}
