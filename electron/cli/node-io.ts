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
