/** An error that crosses the IPC boundary: a stable code, a sentence for the user, optional plain-JSON details. */
export interface CodedErrorData {
  code: string;
  message: string;
  /** Where it applies, e.g. the JSON path inside a profile file. */
  path?: string;
  details?: unknown;
}

export class CodedError extends Error {
  readonly code: string;
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

export function isCodedErrorData(value: unknown): value is CodedErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['code'] === 'string' && typeof record['message'] === 'string';
}
