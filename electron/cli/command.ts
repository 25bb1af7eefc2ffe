import type { CliIo } from './io';

/** One `hostwise` command. `run` gets the arguments after the command's name and returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  help: string;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}
