import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { RulesIdentity } from './schema';

/** SHA-256 of the file's bytes (a string is hashed as its UTF-8 bytes): what `sha256sum FILE` prints. */
export function contentHash(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === 'string' ? utf8ToBytes(input) : input));
}

/** "Acme platform rules 2026.3 (sha256 1a2b3c4d5e6f)": how screens, reports and the CLI name a rule set. */
export function describeIdentity({ name, version, hash }: RulesIdentity): string {
  return `${name} ${version} (sha256 ${hash.slice(0, 12)})`;
}
