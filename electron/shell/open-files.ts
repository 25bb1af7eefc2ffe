import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import type { WebContents } from 'electron';
import { fileLimits } from '../../shared/profile-file/limits';
import { userArguments } from './argv';
import { pushChannels, type OpenedFiles } from './bridge';

const PROFILE_FILE = /\.(hostwise|json)$/i;
// The number of files `import.preview` takes at once, so the window can pass on what it receives.
const MAX_FILES = 100;
const MAX_MEGABYTES = fileLimits.maxBytes / 1024 / 1024;

/** The profile files among the app's command-line arguments, as absolute paths. */
export function fileArguments(argv: readonly string[], isPackaged: boolean, cwd: string): string[] {
  return userArguments(argv, isPackaged)
    .filter((arg) => !arg.startsWith('-') && PROFILE_FILE.test(arg))
    .map((arg) => resolve(cwd, arg));
}

/** What a second instance forwards to the first through `app.requestSingleInstanceLock`. */
export interface InstanceData {
  files: string[];
}

/** The files a second instance forwarded. The data comes from another process: anything malformed is dropped. */
export function filesFromInstanceData(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const files: unknown = (data as Record<string, unknown>)['files'];
  if (!Array.isArray(files)) return [];
  const isProfilePath = (file: unknown): file is string =>
    typeof file === 'string' && isAbsolute(file) && PROFILE_FILE.test(file);
  return files.filter(isProfilePath);
}

/** The file's bytes in base64 (the profile-file parser decodes them strictly), or why it was not read. */
async function readProfileBytes(path: string): Promise<string | { message: string }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { message: 'This is not a file.' };
    if (info.size > fileLimits.maxBytes) return { message: `This file is larger than ${MAX_MEGABYTES} MB.` };
    return (await readFile(path)).toString('base64');
  } catch {
    return { message: 'This file could not be read.' };
  }
}

/** Reads the files for the window; a file that cannot be read is listed with the reason, never thrown. */
export async function readOpenedFiles(paths: readonly string[]): Promise<OpenedFiles> {
  const opened: OpenedFiles = { files: [], refused: [] };
  for (const [index, path] of paths.entries()) {
    const name = basename(path);
    const read = index < MAX_FILES ? await readProfileBytes(path) : { message: `Only ${MAX_FILES} files open at once.` };
    if (typeof read === 'string') opened.files.push({ name, base64: read });
    else opened.refused.push({ name, message: read.message });
  }
  return opened;
}

export interface FileForwarder {
  /** Follows a window: files are delivered once its page, and so the preload's listener, has loaded. */
  attach(contents: WebContents): void;
  add(paths: readonly string[]): void;
}

export function createFileForwarder(read = readOpenedFiles): FileForwarder {
  const pending: string[] = [];
  let target: WebContents | null = null;
  const flush = () => {
    const contents = target;
    if (contents === null || pending.length === 0) return;
    void read(pending.splice(0)).then((opened) => {
      if (!contents.isDestroyed()) contents.send(pushChannels.openFiles, opened);
    });
  };
  return {
    attach(contents) {
      contents.on('did-finish-load', () => {
        target = contents;
        flush();
      });
      contents.once('destroyed', () => {
        if (target === contents) target = null;
      });
    },
    add(paths) {
      pending.push(...paths);
      flush();
    },
  };
}
