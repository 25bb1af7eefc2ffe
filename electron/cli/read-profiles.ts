import type { CodedErrorData } from '../../shared/api/errors';
import type { Catalog } from '../../shared/catalog';
import type { Profile } from '../../shared/profile';
import { parseProfileFile, type ParsedProfileFile } from '../../shared/profile-file';
import type { CliIo } from './io';
import { describeFailure, readBytes } from './read-file';

export type FileOutcome = { path: string } & (ParsedProfileFile | { ok: false; error: CodedErrorData });

/**
 * Reads and parses each file in turn (one at a time, so memory stays bounded by the size cap), against the
 * catalogue (under house rules, so answers to the rules' own questions validate).
 */
export async function readProfileFiles(paths: readonly string[], io: CliIo, catalog?: Catalog): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const path of paths) {
    const read = await readBytes(path, io);
    outcomes.push({ path, ...(read.ok ? parseProfileFile(read.bytes, { catalog }) : read) });
  }
  return outcomes;
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

/** Each refused file, and what was carried over in the others, on stderr: the profiles themselves go on. */
export function reportReading(outcomes: readonly FileOutcome[], io: CliIo): void {
  for (const outcome of outcomes) {
    const notes = outcome.ok ? migrationNotes(outcome.path, outcome) : [describeFailure(outcome.path, outcome.error)];
    notes.forEach((note) => io.stderr(note));
  }
}

export function profilesOf(outcomes: readonly FileOutcome[]): Profile[] {
  return outcomes.flatMap((outcome) => (outcome.ok ? outcome.profiles : []));
}

/** Each profile's file, in the order of profilesOf. */
export function filesOf(outcomes: readonly FileOutcome[]): string[] {
  return outcomes.flatMap((outcome) => (outcome.ok ? outcome.profiles.map(() => outcome.path) : []));
}
