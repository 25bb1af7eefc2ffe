import { basename } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
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
import { suffixedName, type Profile } from '../../shared/profile';
import { fileLimits, parseProfileFile, serializeProfileFile } from '../../shared/profile-file';
import { attachProfileFile, extractProfileFile, isPdf } from '../report/pdf-attachment';
import type { ProfileStore } from '../store';
import type { DialogPort, FilePort, PrinterPort } from '../ports';
import { checkProfile, saveProfile } from './profiles';

const profileFilters = [
  { name: 'Hostwise profiles', extensions: ['hostwise'] },
  { name: 'JSON', extensions: ['json'] },
];

export interface SharingPorts {
  store: ProfileStore;
  dialogs: DialogPort;
  files: FilePort;
  printer: PrinterPort;
  newId: () => string;
}

export type ImportSource = { source: 'dialog' } | { source: 'files'; files: { name: string; base64: string }[] };

interface ReadFile {
  name: string;
  read: () => Promise<Uint8Array>;
}

/** Reads and checks the files to import, and says for each profile whether it is new, known or in conflict. */
export async function previewImport(ports: SharingPorts, request: ImportSource): Promise<ImportPreview> {
  const files = request.source === 'files' ? droppedFiles(request.files) : await chosenFiles(ports);
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

async function chosenFiles(ports: SharingPorts): Promise<ReadFile[]> {
  const paths = await ports.dialogs.openFiles({ title: 'Import profiles', filters: profileFilters });
  return paths.map((path) => ({ name: basename(path), read: () => ports.files.readFile(path, importLimits.maxBytes) }));
}

function readError(error: unknown): CodedErrorData {
  if (error instanceof CodedError) return error.toData();
  return { code: 'unreadable-file', message: 'Hostwise could not read this file.' };
}

function statusOf(store: ProfileStore, profile: Profile): ImportStatus {
  const local = store.find(profile.id);
  if (!local) return 'new';
  return sameContent(local, profile) ? 'same' : 'conflict';
}

/** Same answers, weights, notes and name: timestamps alone do not make a profile different. */
function sameContent(a: Profile, b: Profile): boolean {
  const content = (p: Profile) => serializeProfileFile([{ ...p, createdAt: '', updatedAt: '' }]);
  return content(a) === content(b);
}

/** Applies the user's choice for each imported profile; a bad profile never reaches the store. */
export async function applyImport(
  ports: SharingPorts,
  items: { profile: Profile; decision: ImportDecision }[],
): Promise<ImportSummary> {
  // All checked before the first save: a bad profile stops the whole import, never half of it.
  for (const { profile, decision } of items) if (decision !== 'skip') checkProfile(profile);
  const summary: ImportSummary = { added: [], replaced: [], skipped: [], alreadyPresent: [] };
  const applyOne = ({ profile, decision }: (typeof items)[number]) => {
    const entry = { id: profile.id, name: profile.name };
    const status = statusOf(ports.store, profile);
    if (status === 'same') return summary.alreadyPresent.push(entry);
    if (decision === 'skip') return summary.skipped.push(entry);
    if (status === 'new') return save(ports, profile).then(() => summary.added.push(entry));
    if (decision === 'replace') return save(ports, profile).then(() => summary.replaced.push(entry));
    const copy = { ...profile, id: ports.newId(), name: suffixedName(profile.name, '(imported)') };
    return save(ports, copy).then(() => summary.added.push({ id: copy.id, name: copy.name }));
  };
  const saves: Promise<unknown>[] = [];
  for (const item of items) {
    // Each save evaluates its profile first (milliseconds): between two, the main process answers the window,
    // which a blocked main process would freeze (500 profiles take seconds).
    await nextTurn();
    saves.push(Promise.resolve(applyOne(item)));
  }
  // Saves started together coalesce into few durable writes.
  await Promise.all(saves);
  return summary;
}

function save(ports: SharingPorts, profile: Profile) {
  return saveProfile(ports.store, profile);
}

/** The saved profiles of `ids`, each once: a file with the same id twice would not import again. */
function savedProfiles(store: ProfileStore, ids: string[]): Profile[] {
  return [...new Set(ids)].map((id) => store.get(id));
}

export async function exportProfiles(ports: SharingPorts, ids: string[]): Promise<SaveResult> {
  if (new Set(ids).size > fileLimits.maxProfiles) {
    throw new CodedError({
      code: 'EXPORT_TOO_MANY',
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
function fileStem(profiles: Profile[]): string {
  const [only] = profiles;
  const name = profiles.length === 1 && only ? only.name : 'Hostwise profiles';
  return name.replace(/[^\p{L}\p{N} ._-]+/gu, '-').trim().slice(0, 100) || 'Hostwise profile';
}
