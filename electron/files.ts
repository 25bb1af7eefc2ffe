import { dirname } from 'node:path';
import { open } from 'node:fs/promises';
import { CodedError } from '../shared/api';
import type { FilePort } from './ports';
import { errnoCode, isNotWritable } from './store/errors';
import { nodeStoreFs, replaceFile } from './store/fs';

/** The file port on the real disk: bounded reads, atomic and durable writes. */
export const nodeFiles: FilePort = {
  async readFile(path, maxBytes) {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) throw tooLarge(path, maxBytes);
      return new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  },
  async writeFile(path, data) {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    try {
      await replaceFile(nodeStoreFs, path, bytes);
      await nodeStoreFs.syncDir(dirname(path));
    } catch (error) {
      throw writeFailed(path, error);
    }
  },
};

/** A file the user chose could not be written: say so, rather than "something went wrong". */
function writeFailed(path: string, error: unknown): CodedError {
  const errno = errnoCode(error) ?? null;
  const why =
    errno === 'ENOSPC' || errno === 'EDQUOT'
      ? 'the disk is full'
      : isNotWritable(error)
        ? 'Hostwise may not write there'
        : 'Hostwise could not write to the place chosen';
  return new CodedError({
    code: 'file-write-failed',
    message: `The file was not saved: ${why}. Choose another place and try again.`,
    details: { path, errno },
  });
}

function tooLarge(path: string, maxBytes: number): CodedError {
  return new CodedError({
    code: 'file-too-large',
    message: `This file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, more than a profile file can be.`,
    details: { path },
  });
}
