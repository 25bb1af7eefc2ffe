/** What a JSON document may hold. Checked before anything is built from the document's content. */
export interface JsonLimits {
  /** What the document is, for messages: "a profile file may hold at most …". */
  document: string;
  maxBytes: number;
  /** In UTF-16 code units, like every string length zod checks; keys count too. */
  maxStringLength: number;
  maxDepth: number;
  maxKeysPerObject: number;
}

/** What a profile file may hold. */
export const fileLimits = {
  document: 'profile file',
  maxBytes: 5 * 1024 * 1024,
  maxProfiles: 1_000,
  maxStringLength: 10_000,
  maxDepth: 32,
  maxKeysPerObject: 1_000,
} as const;
