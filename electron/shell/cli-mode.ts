import { userArguments } from './argv';

/** First arguments that make the app a command line instead of a window: `hostwise evaluate …` and the like. */
const cliFirstArguments: ReadonlySet<string> = new Set(['evaluate', 'validate', 'catalog', '--help', '-h', '--version', '-V']);

/**
 * The arguments for `runCli` when the app was started as a command line, or null to open the window
 * (no arguments, a profile file to open, or anything else).
 */
export function cliArguments(argv: readonly string[], isPackaged: boolean): string[] | null {
  const args = userArguments(argv, isPackaged);
  const [first] = args;
  return first !== undefined && cliFirstArguments.has(first) ? args : null;
}
