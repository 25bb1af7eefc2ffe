/** The files git hands a diff driver, from its 7 arguments (9 for a rename): path old-file old-hex old-mode new-file new-hex new-mode. */
export interface GitDiffArgs {
  path: string;
  oldFile: string;
  newFile: string;
}

const mode = /^(\d{6}|\.)$/;
const hex = /^([0-9a-f]{7,64}|\.)$/;

/** The driver's arguments, or null when they are not git's. */
export function gitDiffArgs(positionals: readonly string[]): GitDiffArgs | null {
  if (positionals.length !== 7 && positionals.length !== 9) return null;
  const [path, oldFile, oldHex, oldMode, newFile, newHex, newMode] = positionals as [string, string, string, string, string, string, string];
  if (![oldHex, newHex].every((value) => hex.test(value)) || ![oldMode, newMode].every((value) => mode.test(value))) return null;
  return { path, oldFile, newFile };
}

/** What git passes for the missing side of an added or deleted file. */
export const noFile = '/dev/null';
