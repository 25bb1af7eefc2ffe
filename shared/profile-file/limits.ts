/** What a profile file may hold. Checked before anything is built from the file's content. */
export const fileLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxProfiles: 1_000,
  /** In UTF-16 code units, like every string length zod checks; keys count too. */
  maxStringLength: 10_000,
  maxDepth: 32,
  maxKeysPerObject: 1_000,
} as const;
