/** What a rules file may hold, checked before anything is built from it. Zod-free, so the renderer may import it. */
export const rulesLimits = {
  document: 'rules file',
  maxBytes: 1024 * 1024,
  maxStringLength: 4_000,
  maxDepth: 12,
  maxKeysPerObject: 200,
  maxEntries: 500,
} as const;
