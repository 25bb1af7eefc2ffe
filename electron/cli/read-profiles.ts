import type { CodedErrorData } from '../../shared/api/errors';
import type { Profile } from '../../shared/profile';
import { parseProfileFile, type ParsedProfileFile } from '../../shared/profile-file';
import type { CliIo } from './io';

export type FileOutcome = { path: string } & (ParsedProfileFile | { ok: false; error: CodedErrorData });

const unreadable: Record<string, string> = {
  ENOENT: 'There is no such file.',
  EISDIR: 'It is a folder, not a file.',
  EACCES: 'Permission to read it was denied.',
};

/** Reads and parses each file in turn (one at a time, so memory stays bounded by the size cap). */
export async function readProfileFiles(paths: readonly string[], io: CliIo): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const path of paths) outcomes.push({ path, ...(await readProfileFile(path, io)) });
  return outcomes;
}

async function readProfileFile(path: string, io: CliIo): Promise<ParsedProfileFile | { ok: false; error: CodedErrorData }> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const message = unreadable[code] ?? `It cannot be read (${error instanceof Error ? error.message : String(error)}).`;
    return { ok: false, error: { code: 'unreadable-file', message } };
  }
  return parseProfileFile(bytes);
}

/** `FILE: code at $.path: message`, the line validate and evaluate print for a refused file. */
export function describeFailure(path: string, error: CodedErrorData): string {
  const where = error.path ? ` at ${error.path}` : '';
  return `${path}: ${error.code}${where}: ${error.message}\n`;
}

/** What was carried over from older versions, a line each, so nobody is surprised by a changed profile. */
export function migrationNotes(path: string, parsed: ParsedProfileFile): string[] {
  const format = parsed.migratedFrom === null ? [] : [`${path}: converted from file format version ${parsed.migratedFrom}\n`];
  const changes = [...new Set(parsed.catalogMigrations.flatMap((migration) => migration.changes))];
  return [
    ...format,
    ...parsed.catalogMigrations.map(
      ({ profileId, fromCatalog, revisit }) =>
        `${path}: profile ${profileId} was answered with catalogue ${fromCatalog}; questions to revisit: ${revisit.join(', ') || 'none'}\n`,
    ),
    ...changes.map((change) => `${path}: ${change}\n`),
  ];
}

export function profilesOf(outcomes: readonly FileOutcome[]): Profile[] {
  return outcomes.flatMap((outcome) => (outcome.ok ? outcome.profiles : []));
}
