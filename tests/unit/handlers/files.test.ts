import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodedError } from '../../../shared/api';
import { nodeFiles } from '../../../electron/files';
import { tempDir } from './support';

/** The CodedError a promise rejects with. */
async function codedRejection(promise: Promise<unknown>): Promise<CodedError> {
  const error: unknown = await promise.then(() => null, (reason: unknown) => reason);
  if (error instanceof CodedError) return error;
  throw new Error(`expected a CodedError, got ${String(error)}`);
}

describe('nodeFiles, the file port on the real disk', () => {
  it('reads a file up to the limit and refuses one byte more with file-too-large', async () => {
    const path = join(await tempDir(), 'ten.hostwise');
    await writeFile(path, '0123456789');
    expect(new TextDecoder().decode(await nodeFiles.readFile(path, 10))).toBe('0123456789');
    const error = await codedRejection(nodeFiles.readFile(path, 9));
    expect(error.toData()).toMatchObject({ code: 'file-too-large', details: { path } });
  });

  it('replaces a file whole and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const path = join(dir, 'out.hostwise');
    await nodeFiles.writeFile(path, 'first version, longer than the second');
    await nodeFiles.writeFile(path, new TextEncoder().encode('second'));
    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['out.hostwise']);
  });

  it('refuses to write into a folder that does not exist with file-write-failed', async () => {
    const path = join(await tempDir(), 'missing', 'out.hostwise');
    const error = await codedRejection(nodeFiles.writeFile(path, 'x'));
    expect(error.toData()).toMatchObject({ code: 'file-write-failed', details: { path, errno: 'ENOENT' } });
  });
});
