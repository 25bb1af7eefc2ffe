import { randomUUID } from 'node:crypto';
import { EvaluationPool, type StartWorker } from './evaluation';
import { nodeFiles } from './files';
import type { Ports } from './handlers';
import { RulesDesk } from './rules/desk';
import { openStore } from './store';

/** The ports every transport shares: the store in the data folder, its status, its house rules, and new ids. */
export type StorePorts = Pick<Ports, 'store' | 'storeStatus' | 'rules' | 'newId'>;

/**
 * Opens the store of a data folder for the handlers, with the house rules it holds, whose saved profiles are
 * evaluated again on worker threads started by `startWorker`; `close` stops evaluating saved profiles again, waits
 * for the last save and releases the store.
 */
export async function openStorePorts(dataFolder: string, startWorker: StartWorker): Promise<{ ports: StorePorts; close: () => Promise<void> }> {
  const { store, notice } = await openStore({ dir: dataFolder });
  const storeStatus = { readOnly: store.readOnly !== null, notice: notice.message, dataFolder };
  const rules = new RulesDesk(store, nodeFiles, new EvaluationPool(startWorker), true);
  return { ports: { store, storeStatus, rules, newId: randomUUID }, close: () => rules.close().then(() => store.close()) };
}
