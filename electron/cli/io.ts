/** What the command line touches of the outside world; the entry passes process values, tests their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The file's bytes; may stop reading past the profile file size cap, which the parser then reports. */
  readFile(path: string): Promise<Uint8Array>;
}

/** `stale`: `hostwise check` found a decision that no longer stands, or an undecided workload. */
export const exitCodes = { ok: 0, invalid: 1, usage: 2, stale: 3 } as const;

/** Wrong arguments: reported on stderr with a hint, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command: string | null,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
