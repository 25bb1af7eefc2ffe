import { catalogCommand } from './catalog';
import { checkCommand } from './check';
import { diffCommand } from './diff';
import { reportCommand } from './report';
import type { Command } from './command';
import { evaluateCommand } from './evaluate';
import { exitCodes, UsageError, type CliIo } from './io';
import { inventoryCommand } from './inventory';
import { rulesCommand } from './rules';
import { validateCommand } from './validate';
import { appVersion } from './version';

const commands: readonly Command[] = [evaluateCommand, validateCommand, checkCommand, diffCommand, reportCommand, rulesCommand, inventoryCommand, catalogCommand];

const generalHelp = `Usage: hostwise <command> [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(10)}${command.summary}`).join('\n')}

Run "hostwise <command> --help" for a command's options, "hostwise --version" for the version.
Exit codes: 0 success, 1 invalid input, 2 usage error, 3 (check) a decision is stale or missing.
`;

/**
 * The `hostwise` command line: routes the arguments (without node and script) to a command and returns
 * the exit code. Output goes through `io` only, so tests and the packaged app can run it as it is.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') return answer(generalHelp, io);
  if (name === '--version' || name === '-V') return answer(`hostwise ${appVersion}\n`, io);
  const command = commands.find((candidate) => candidate.name === name);
  try {
    if (!command) throw new UsageError(name === undefined ? 'Which command?' : `Unknown command "${name}".`, null);
    if (asksForHelp(rest)) return answer(command.help, io);
    return await command.run(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const hint = error.command ? `hostwise ${error.command} --help` : 'hostwise --help';
    io.stderr(`hostwise: ${error.message}\nRun "${hint}" for usage.\n`);
    return exitCodes.usage;
  }
}

/** --help or -h before any `--` (after it, they would be file names). */
function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return argv.slice(0, end === -1 ? undefined : end).some((arg) => arg === '--help' || arg === '-h');
}

function answer(text: string, io: CliIo): number {
  io.stdout(text);
  return exitCodes.ok;
}
