/** The entry of the main process (`out/main/main.js`): the shell, given the store and the handlers over it. */
import { randomUUID } from 'node:crypto';
import { nodeFiles } from '../files';
import { createHandlers } from '../handlers';
import { openStore } from '../store';
import { startApp, type CreateBackend } from './app';

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

startApp(createBackend);
