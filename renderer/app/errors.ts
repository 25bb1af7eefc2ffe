import { CodedError } from '../../shared/api/errors';

/** A sentence the user can read for anything a call to the main process (or the renderer) threw. */
export function describeError(error: unknown): string {
  if (error instanceof CodedError) return error.path ? `${error.message} (at ${error.path})` : error.message;
  if (error instanceof Error && error.message) return `Something went wrong: ${error.message}`;
  return 'Something went wrong.';
}
