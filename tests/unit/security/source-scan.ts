import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** From the repository root. */
export const repoRoot = new URL('../../../', import.meta.url).pathname;

/** Every file under the folders (from the repository root) whose name matches, as repository paths. */
export function filesUnder(folders: readonly string[], name: RegExp): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(repoRoot, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && name.test(entry.name))
      .map((entry) => relative(repoRoot, join(entry.parentPath, entry.name))),
  );
}

/** The files (repository paths) whose text matches the pattern. */
export function filesContaining(files: readonly string[], pattern: RegExp): string[] {
  return files.filter((file) => pattern.test(readFileSync(join(repoRoot, file), 'utf8')));
}

export function countIn(file: string, pattern: RegExp): number {
  return readFileSync(join(repoRoot, file), 'utf8').match(new RegExp(pattern.source, 'g'))?.length ?? 0;
}

/** Code that uses the remote module (an import or require of it, or the option that enabled it); comments may name it. */
export const remoteModuleUse = /(from|require\()\s*["']@electron\/remote|enableRemoteModule\s*:|\bremote\b[^;\n]*\bfrom\s*["']electron["']/;
