/** What the process writes to stdout and stderr while a command line runs in the test process. */
export interface CapturedOutput {
  stdout: string;
  stderr: string;
  restore(): void;
}

/**
 * Records stdout and stderr until `restore()`. A write calls back at once, as the flush before the app
 * exits waits for that. Not a `vi.spyOn`: the fake electron's `resetFakes()` resets every spy.
 */
export function captureOutput(): CapturedOutput {
  const streams = { stdout: process.stdout, stderr: process.stderr };
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const captured: CapturedOutput = {
    stdout: '',
    stderr: '',
    restore() {
      for (const name of ['stdout', 'stderr'] as const) streams[name].write = writes[name];
    },
  };
  for (const name of ['stdout', 'stderr'] as const) {
    streams[name].write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      captured[name] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      (rest.find((arg) => typeof arg === 'function') as (() => void) | undefined)?.();
      return true;
    }) as NodeJS.WriteStream['write'];
  }
  return captured;
}
