import type { ImportPreview } from '../../../shared/api';
import { api } from '../../api';
import type { ImportFile, RejectedFile } from '../../app/import-files';

/** Files per call (the contract takes up to 100): small enough for the progress to move, big enough to be quick. */
const filesPerBatch = 25;
/** Bytes per call: the base64 of one batch crosses IPC as one message. A bigger file goes alone. */
const bytesPerBatch = 16 * 1024 * 1024;

/** The files in order, cut into batches of at most `filesPerBatch` files and, where it can, `bytesPerBatch` bytes. */
export function batches(files: ImportFile[]): ImportFile[][] {
  const result: ImportFile[][] = [];
  let bytes = 0;
  for (const file of files) {
    const last = result.at(-1);
    if (last && last.length < filesPerBatch && bytes + file.size <= bytesPerBatch) {
      last.push(file);
      bytes += file.size;
    } else {
      result.push([file]);
      bytes = file.size;
    }
  }
  return result;
}

type Read = { name: string; base64: string } | { name: string; error: string };

const readFile = (file: ImportFile): Promise<Read> =>
  file.read().then(
    (base64) => ({ name: file.name, base64 }),
    () => ({ name: file.name, error: 'Hostwise could not read this file.' }),
  );

/**
 * Reads and previews the files one batch at a time, so only one batch is in memory and `onProgress` can say
 * how many files are done. A file that cannot be read (a folder, a file gone since the drop) is listed, not fatal.
 */
export async function previewFiles(files: ImportFile[], onProgress: (done: number) => void): Promise<{ preview: ImportPreview; unreadable: RejectedFile[] }> {
  const preview: ImportPreview = { files: [] };
  const unreadable: RejectedFile[] = [];
  let done = 0;
  for (const batch of batches(files)) {
    const read = await Promise.all(batch.map(readFile));
    const readable = read.flatMap((file) => ('base64' in file ? [file] : []));
    unreadable.push(...read.flatMap((file) => ('error' in file ? [{ name: file.name, message: file.error }] : [])));
    if (readable.length > 0) preview.files.push(...(await api['import.preview']({ source: 'files', files: readable })).files);
    done += batch.length;
    onProgress(done);
  }
  return { preview, unreadable };
}
