import { rulesLimits } from '../../shared/house-rules/limits';

/**
 * A dropped rules file as the contract carries it. At most one byte over the limit is read: main's parser then
 * refuses an oversized file with its own code and message, without the window reading all of it.
 */
export async function droppedRulesFile(file: File): Promise<{ source: 'file'; name: string; base64: string }> {
  const bytes = new Uint8Array(await file.slice(0, rulesLimits.maxBytes + 1).arrayBuffer());
  return { source: 'file', name: file.name, base64: bytes.toBase64() };
}
