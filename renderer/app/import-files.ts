import type { OpenedFiles } from '../../shared/api';
import { importLimits } from '../../shared/api/limits';

/** A file to import, read only when its turn comes: `read` gives its bytes in base64. */
export interface ImportFile {
  name: string;
  /** In bytes. */
  size: number;
  read: () => Promise<string>;
}

/** A file refused before the import began, with the reason the summary gives. */
export interface RejectedFile {
  name: string;
  message: string;
}

/** Files to import: opened with the app (the main process read them) or dropped on the window. */
export interface FilesToImport {
  files: ImportFile[];
  refused: RejectedFile[];
}

export function openedFiles({ files, refused }: OpenedFiles): FilesToImport {
  return { files: files.map(({ name, base64 }) => ({ name, size: (base64.length * 3) / 4, read: async () => base64 })), refused };
}

const importable = /\.(hostwise|json|pdf|xlsx|csv)$/i;
const maxMegabytes = importLimits.maxBytes / 1024 / 1024;

function refusal(file: File): string | null {
  if (!importable.test(file.name)) return 'Hostwise imports profile files (.hostwise or .json), its PDF reports (.pdf) and inventories (.xlsx or .csv).';
  if (file.size > importLimits.maxBytes) return `This file is larger than ${maxMegabytes} MB, more than Hostwise imports.`;
  return null;
}

/**
 * Files dropped on the window, each checked by name and size before anything reads it. Bytes, not text, go
 * to the main process: its parser decodes strictly.
 */
export function droppedFiles(list: Iterable<File>): FilesToImport {
  const dropped: FilesToImport = { files: [], refused: [] };
  for (const file of list) {
    const message = refusal(file);
    if (message) dropped.refused.push({ name: file.name, message });
    else dropped.files.push({ name: file.name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()).toBase64() });
  }
  return dropped;
}
