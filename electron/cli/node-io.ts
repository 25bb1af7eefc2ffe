import { createReadStream } from 'node:fs';
import { fileLimits } from '../../shared/profile-file';
import type { CliIo } from './io';

/** The process's streams and files. Reads at most one byte past the size cap: enough to know it is too large. */
export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readCapped(path, fileLimits.maxBytes + 1),
};

export async function readCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  // `end` is inclusive.
  for await (const chunk of createReadStream(path, { end: maxBytes - 1 })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `hostwise … | head` closes the pipe early: that is not an error, the process ends with its exit code so far. */
export function tolerateClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

/** Resolves once everything written to stdout and stderr has been handed to the OS. */
export async function flushOutput(): Promise<void> {
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((done) => stream.write('', () => done()))));
}
