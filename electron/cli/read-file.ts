import type { CodedErrorData } from '../../shared/api/errors';
import type { CliIo } from './io';

export type ReadBytes = { ok: true; bytes: Uint8Array } | { ok: false; error: CodedErrorData };

const unreadable: Record<string, string> = {
  ENOENT: 'There is no such file.',
  EISDIR: 'It is a folder, not a file.',
  EACCES: 'Permission to read it was denied.',
};

/** The file's bytes, or why they cannot be read (code `unreadable-file`). */
export async function readBytes(path: string, io: CliIo): Promise<ReadBytes> {
  try {
    return { ok: true, bytes: await io.readFile(path) };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const message = unreadable[code] ?? `It cannot be read (${error instanceof Error ? error.message : String(error)}).`;
    return { ok: false, error: { code: 'unreadable-file', message } };
  }
}

/** `FILE: code at $.path: message`, the line every command prints for a refused file. */
export function describeFailure(path: string, error: CodedErrorData): string {
  const where = error.path ? ` at ${error.path}` : '';
  return `${path}: ${error.code}${where}: ${error.message}\n`;
}
