import { parseCommandArgs } from './args';
import { exitCodes, UsageError, type CliIo } from './io';
import { describeFailure } from './read-file';
import { migrationNotes, readProfileFiles, type FileOutcome } from './read-profiles';
import type { Command } from './command';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check profile files: one line per file, exit 1 when any is invalid',
  help: `Usage: hostwise validate FILE…

Checks each profile file (.hostwise or .json) and prints one line per file: "ok", or the
error code, the JSON path where it applies and a sentence. Valid files go to stdout, invalid
ones to stderr.

Exit codes: 0 all files are valid, 1 at least one is not, 2 usage error.
`,
  async run(argv, io) {
    const { positionals } = parseCommandArgs('validate', argv, {});
    if (positionals.length === 0) throw new UsageError('validate needs at least one FILE.', 'validate');
    const outcomes = await readProfileFiles(positionals, io);
    outcomes.forEach((outcome) => report(outcome, io));
    return outcomes.every((outcome) => outcome.ok) ? exitCodes.ok : exitCodes.invalid;
  },
};

function report(outcome: FileOutcome, io: CliIo): void {
  if (!outcome.ok) return io.stderr(describeFailure(outcome.path, outcome.error));
  const count = outcome.profiles.length;
  io.stdout(`${outcome.path}: ok (${count} profile${count === 1 ? '' : 's'})\n`);
  migrationNotes(outcome.path, outcome).forEach((note) => io.stdout(note));
}
