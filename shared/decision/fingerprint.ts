import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { DecisionInputs } from './schema';

export type Inputs = Pick<DecisionInputs, 'answers' | 'weightOverrides'>;

/** The inputs, keys sorted, with their fingerprint: what a decision records of the profile it was made on. */
export function snapshotInputs(inputs: Inputs): DecisionInputs {
  const canonical = canonicalInputs(inputs);
  return { fingerprint: hashJson(canonical), ...canonical };
}

/** SHA-256 of the canonical JSON (keys sorted, no spaces) of the answers and weight overrides. */
export function fingerprintOf(inputs: Inputs): string {
  return hashJson(canonicalInputs(inputs));
}

/** The record with its keys in code-unit order, so equal records serialize to equal text. */
export function sortedByKey<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}

function canonicalInputs({ answers, weightOverrides }: Inputs): Inputs {
  return { answers: sortedByKey(answers), weightOverrides: sortedByKey(weightOverrides) };
}

function hashJson(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(value))));
}
