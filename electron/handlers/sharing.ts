import { basename } from 'node:path';
import {
  CodedError,
  importLimits,
  type CodedErrorData,
  type ImportDecision,
  type ImportPreview,
  type ImportStatus,
  type ImportSummary,
  type Paper,
  type SaveResult,
} from '../../shared/api';
import { refreshOf } from '../../shared/inventory';
import { suffixedName, type Profile } from '../../shared/profile';
import { fileLimits, parseProfileFile, sameProfileContent, serializeProfileFile } from '../../shared/profile-file';
import { attachProfileFile, extractProfileFile, isPdf } from '../report/pdf-attachment';
import type { ProfileStore } from '../store';
import type { DialogPort, FilePort, PrinterPort } from '../ports';
import type { RulesDesk } from '../rules/desk';
import { checkProfile } from './profiles';
import { batchSummaries } from './batch-summaries';

export const profileFilters = [
  { name: 'Hostwise profiles', extensions: ['hostwise'] },
  { name: 'JSON', extensions: ['json'] },
];

export interface SharingPorts {
  store: ProfileStore;
  dialogs: DialogPort;
  files: FilePort;
  printer: PrinterPort;
  rules: RulesDesk;
  newId: () => string;
}

/** Files dropped on the window (their bytes), or chosen in the Import… dialog (their paths). */
export type ImportSource = { source: 'paths'; paths: string[] } | { source: 'files'; files: { name: string; base64: string }[] };

interface ReadFile {
  name: string;
  read: () => Promise<Uint8Array>;
}

/** Reads and checks the files to import, and says for each profile whether it is new, known or in conflict. */
export async function previewImport(ports: SharingPorts, request: ImportSource): Promise<ImportPreview> {
  const files = request.source === 'files' ? droppedFiles(request.files) : chosenFiles(ports, request.paths);
  return { files: await Promise.all(files.map((file) => previewFile(ports.store, file))) };
}

async function previewFile(store: ProfileStore, { name, read }: ReadFile): Promise<ImportPreview['files'][number]> {
  const parsed = await read()
    .then(profileFileBytes)
    .then(
      (bytes) => parseProfileFile(bytes),
      (error: unknown) => ({ ok: false as const, error: readError(error) }),
    );
  if (!parsed.ok) return { name, profiles: [], error: parsed.error };
  return { name, profiles: parsed.profiles.map((profile) => ({ profile, status: statusOf(store, profile) })), error: null };
}

/** A Hostwise PDF report carries its profile file as an attachment; anything else is read as a profile file. */
function profileFileBytes(bytes: Uint8Array): Promise<Uint8Array> | Uint8Array {
  return isPdf(bytes) ? extractProfileFile(bytes) : bytes;
}

function droppedFiles(files: { name: string; base64: string }[]): ReadFile[] {
  return files.map(({ name, base64 }) => ({ name, read: async () => new Uint8Array(Buffer.from(base64, 'base64')) }));
}

function chosenFiles(ports: SharingPorts, paths: string[]): ReadFile[] {
  return paths.map((path) => ({ name: basename(path), read: () => ports.files.readFile(path, importLimits.maxBytes) }));
}

function readError(error: unknown): CodedErrorData {
  if (error instanceof CodedError) return error.toData();
  return { code: 'unreadable-file', message: 'Hostwise could not read this file.' };
}

function statusOf(store: ProfileStore, profile: Profile): ImportStatus {
  return statusAgainst(store.find(profile.id), profile);
}

function statusAgainst(local: Profile | null | undefined, profile: Profile): ImportStatus {
  if (!local) return 'new';
  return sameProfileContent(local, profile) ? 'same' : 'conflict';
}

type ImportEntry = ImportSummary['added'][number];

/** A profile file's decision, or an inventory's: refresh the saved workload of the id, or add it when there is none. */
type ApplyDecision = ImportDecision | 'refresh';

/** Applies the user's choice for each imported profile; a bad profile never reaches the store. */
export async function applyImport(
  ports: SharingPorts,
  items: { profile: Profile; decision: ApplyDecision }[],
): Promise<ImportSummary> {
  // All checked before the first save: a bad profile stops the whole import, never half of it.
  for (const { profile, decision } of items) if (decision !== 'skip') checkProfile(profile, ports.rules.ruleset);
  const summary: ImportSummary = { added: [], replaced: [], updated: [], skipped: [], alreadyPresent: [] };
  // Every outcome is decided before the first save, against the store and the profiles earlier in this
  // import (an id twice in the dropped files), so it never depends on how fast the disk is.
  const planned = new Map<string, Profile>();
  const writes: { profile: Profile; entry: ImportEntry; list: ImportEntry[] }[] = [];
  for (const { profile: incoming, decision } of items) {
    const local = planned.get(incoming.id) ?? ports.store.find(incoming.id);
    const { profile, status } = decision === 'refresh' ? refreshOf(local, incoming) : { profile: incoming, status: statusAgainst(local, incoming) };
    const entry = { id: profile.id, name: profile.name };
    if (status === 'same') summary.alreadyPresent.push(entry);
    else if (decision === 'skip') summary.skipped.push(entry);
    else if (status !== 'conflict' || decision === 'replace') {
      planned.set(profile.id, profile);
      writes.push({ profile, entry, list: status === 'new' ? summary.added : status === 'update' ? summary.updated : summary.replaced });
    } else {
      const copy = { ...profile, id: ports.newId(), name: suffixedName(profile.name, '(imported)') };
      writes.push({ profile: copy, entry: { id: copy.id, name: copy.name }, list: summary.added });
    }
  }
  // Evaluated on the pool's threads, so the main process answers the window meanwhile; the saves then start
  // together, so they coalesce into few durable writes and every failure is awaited.
  const { ruleset } = ports.rules;
  const summaries = await batchSummaries(ports.rules, writes.map(({ profile }) => profile), ruleset);
  await Promise.all(writes.map(({ profile, entry, list }, index) => ports.store.save(profile, summaries[index]!).then(() => list.push(entry))));
  return summary;
}

/** The saved profiles of `ids`, each once: a file with the same id twice would not import again. */
export function savedProfiles(store: ProfileStore, ids: string[]): Profile[] {
  return [...new Set(ids)].map((id) => store.get(id));
}

export async function exportProfiles(ports: SharingPorts, ids: string[]): Promise<SaveResult> {
  if (new Set(ids).size > fileLimits.maxProfiles) {
    throw new CodedError({
      code: 'export-too-many',
      message: `A profile file holds at most ${fileLimits.maxProfiles.toLocaleString('en')} profiles: export fewer at a time.`,
    });
  }
  const profiles = savedProfiles(ports.store, ids);
  const path = await ports.dialogs.saveFile({
    title: 'Export profiles',
    defaultName: `${fileStem(profiles)}.hostwise`,
    filters: profileFilters,
  });
  if (path === null) return { saved: false };
  await ports.files.writeFile(path, serializeProfileFile(profiles));
  return { saved: true, path };
}

export async function exportPdf(ports: SharingPorts, ids: string[], paper: Paper): Promise<SaveResult> {
  const profiles = savedProfiles(ports.store, ids);
  const path = await ports.dialogs.saveFile({
    title: 'Export report as PDF',
    defaultName: `${fileStem(profiles)}.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (path === null) return { saved: false };
  const report = await ports.printer.printReport({ ids: profiles.map((profile) => profile.id), paper });
  await ports.files.writeFile(path, await attachProfileFile(report, `${fileStem(profiles)}.hostwise`, serializeProfileFile(profiles)));
  return { saved: true, path };
}

/** A file name from the profile's name (or "Hostwise profiles" for several), safe on every OS. */
export function fileStem(profiles: Profile[]): string {
  const [only] = profiles;
  const name = profiles.length === 1 && only ? only.name : 'Hostwise profiles';
  return name.replace(/[^\p{L}\p{N} ._-]+/gu, '-').trim().slice(0, 100) || 'Hostwise profile';
}
