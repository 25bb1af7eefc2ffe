import { Unzip, UnzipInflate, unzipSync, zipSync, type Zippable } from 'fflate';
import { InventoryError, inventoryLimits } from '../../shared/inventory';

const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en-US')} MiB`;
/** Small parts (styles, a short sheet of empty cells) compress far beyond XML's usual ratio: the ratio binds above this. */
const ratioFloor = 1024 * 1024;
/** A DTD is the door to entity expansion (billion laughs) and external entities: no part of a workbook needs one. */
const dtd = /<!(DOCTYPE|ENTITY)/i;
const prologBytes = 64 * 1024;

/**
 * A workbook's parts, unzipped within the limits, packed again (stored, no compression) so the parser sees
 * exactly what was counted. Declared sizes are checked first from the central directory; the real sizes are
 * counted while inflating, because a declared size can lie. Throws InventoryError.
 */
export function guardedWorkbook(bytes: Uint8Array): Uint8Array {
  if (bytes.length > inventoryLimits.maxFileBytes) throw new InventoryError(`The workbook is ${mib(bytes.length)}; at most ${mib(inventoryLimits.maxFileBytes)} is read.`);
  checkDeclaredSizes(bytes);
  return zipSync(inflatedParts(bytes), { level: 0 });
}

function checkDeclaredSizes(bytes: Uint8Array): void {
  let entries = 0;
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        total += file.originalSize;
        refuse(entries > inventoryLimits.maxZipEntries, `The workbook has more than ${inventoryLimits.maxZipEntries.toLocaleString('en-US')} parts.`);
        refuse(total > inventoryLimits.maxUnzippedBytes, `The workbook unzips to more than ${mib(inventoryLimits.maxUnzippedBytes)}.`);
        refuse(tooCompressed(file.originalSize, file.size), `The workbook's part "${file.name}" is compressed ${Math.round(file.originalSize / Math.max(file.size, 1))} to 1: a zip bomb?`);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof InventoryError) throw error;
    throw new InventoryError(`The file is not a workbook (.xlsx is a zip archive): ${error instanceof Error ? error.message : String(error)}.`);
  }
}

function inflatedParts(bytes: Uint8Array): Zippable {
  const parts: Zippable = Object.create(null) as Zippable;
  const budget = Math.min(inventoryLimits.maxUnzippedBytes, ratioFloor + bytes.length * inventoryLimits.maxCompressionRatio);
  let total = 0;
  let problem: string | null = null;
  const unzip = new Unzip((file) => {
    if (Object.hasOwn(parts, file.name)) problem ??= `The workbook has two parts named "${file.name}".`;
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (problem) return;
      total += chunk.length;
      problem = error
        ? `The workbook's part "${file.name}" cannot be unzipped: ${error.message}.`
        : total > budget
          ? `The workbook unzips to more than ${mib(budget)} (${bytes.length.toLocaleString('en-US')} bytes compressed): a zip bomb?`
          : prologProblem(file.name, chunks, chunk);
      if (problem) return file.terminate();
      chunks.push(chunk);
      if (final) parts[file.name] = concat(chunks);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    problem ??= `The workbook cannot be unzipped: ${error instanceof Error ? error.message : String(error)}.`;
  }
  if (problem) throw new InventoryError(problem);
  return parts;
}

/** A DTD can only stand in an XML document's prolog: its first 64 KiB are searched. */
function prologProblem(name: string, before: readonly Uint8Array[], chunk: Uint8Array): string | null {
  const seen = before.reduce((sum, part) => sum + part.length, 0);
  if (seen >= prologBytes) return null;
  const head = concat([...before, chunk.subarray(0, prologBytes - seen)]);
  // NULs removed: a UTF-16 part spells "<!DOCTYPE" with one between each letter.
  return dtd.test(new TextDecoder('latin1').decode(head).replaceAll('\0', ''))
    ? `The workbook's part "${name}" declares a DTD (<!DOCTYPE or <!ENTITY): entities are never expanded, so it is refused.`
    : null;
}

function tooCompressed(originalSize: number, size: number): boolean {
  return originalSize > ratioFloor && originalSize / Math.max(size, 1) > inventoryLimits.maxCompressionRatio;
}

function refuse(condition: boolean, message: string): void {
  if (condition) throw new InventoryError(message);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}
