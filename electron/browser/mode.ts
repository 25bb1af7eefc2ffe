import { openStorePorts } from '../backend';
import { sourceWorker } from '../evaluation';
import { createHandlers } from '../handlers';
import { browserPorts } from './browser-ports';
import { startBrowserServer } from './server';

export interface BrowserMode {
  entryUrl: string;
  /** Stops the server (requests under way finish), then closes the store after its last save. */
  stop(): Promise<void>;
}

/**
 * The app in the local browser: the store of the data folder, the same handlers as behind Electron's IPC,
 * and the loopback server that carries the contract.
 */
export async function startBrowserMode(options: { dataFolder: string; rendererRoot: string; host?: string; port?: number }): Promise<BrowserMode> {
  const store = await openStorePorts(options.dataFolder, sourceWorker());
  try {
    const server = await startBrowserServer({
      rendererRoot: options.rendererRoot,
      handlersFor: (downloads) => createHandlers({ ...store.ports, ...browserPorts(downloads) }),
      host: options.host,
      port: options.port,
    });
    return { entryUrl: server.entryUrl, stop: () => server.close().then(store.close) };
  } catch (error) {
    await store.close();
    throw error;
  }
}
