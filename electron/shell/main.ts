/**
 * The entry of the main process (`out/main/main.js`): the shell, given the store and the handlers over it;
 * or, when the first argument is a command (`hostwise evaluate …`), the command line, with no window.
 */
import { randomUUID } from 'node:crypto';
import { app } from 'electron';
import { flushOutput, nodeIo, tolerateClosedStdout } from '../cli/node-io';
import { runCli } from '../cli/run';
import { nodeFiles } from '../files';
import { createHandlers } from '../handlers';
import { openStore } from '../store';
import { startApp, type CreateBackend } from './app';
import { cliArguments } from './cli-mode';

const createBackend: CreateBackend = async ({ dataFolder, dialogs, printer }) => {
  const { store, notice } = await openStore({ dir: dataFolder });
  const handlers = createHandlers({
    store,
    storeStatus: { readOnly: store.readOnly !== null, notice: notice.message, dataFolder },
    dialogs,
    printer,
    files: nodeFiles,
    newId: randomUUID,
  });
  return { handlers, close: () => store.close() };
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
