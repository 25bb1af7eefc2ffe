/**
 * The entry of the main process (`out/main/main.js`): the shell, given the store and the handlers over it;
 * or, when the first argument is a command (`hostwise evaluate …`), the command line, with no window.
 */
import { app } from 'electron';
import { openStorePorts } from '../backend';
import { builtWorker } from '../evaluation';
import { flushOutput, nodeIo, tolerateClosedStdout } from '../cli/node-io';
import { runCli } from '../cli/run';
import { nodeFiles } from '../files';
import { createHandlers } from '../handlers';
import { startApp, type CreateBackend } from './app';
import { cliArguments } from './cli-mode';

const createBackend: CreateBackend = async ({ dataFolder, dialogs, printer }) => {
  const { ports, close } = await openStorePorts(dataFolder, builtWorker(import.meta.dirname));
  return { handlers: createHandlers({ ...ports, dialogs, printer, files: nodeFiles }), close };
};

/** Runs the command, then exits with its code once the output is written. An unexpected error exits 1. */
async function runCommandLine(argv: readonly string[]): Promise<void> {
  tolerateClosedStdout();
  const code = await runCli(argv, nodeIo).catch((error: unknown) => {
    nodeIo.stderr(`hostwise: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  });
  await flushOutput();
  app.exit(code);
}

const commandLine = cliArguments(process.argv, app.isPackaged);
if (commandLine === null) startApp(createBackend);
else void runCommandLine(commandLine);
