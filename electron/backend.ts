import { randomUUID } from 'node:crypto';
import { nodeFiles } from './files';
import type { Ports } from './handlers';
import { RulesDesk } from './rules/desk';
import { openStore } from './store';

/** The ports every transport shares: the store in the data folder, its status, its house rules, and new ids. */
export type StorePorts = Pick<Ports, 'store' | 'storeStatus' | 'rules' | 'newId'>;

/**
 * Opens the store of a data folder for the handlers, with the house rules it holds; `close` stops evaluating
 * saved profiles again, waits for the last save and releases the store.
 */
export async function openStorePorts(dataFolder: string): Promise<{ ports: StorePorts; close: () => Promise<void> }> {
  const { store, notice } = await openStore({ dir: dataFolder });
  const storeStatus = { readOnly: store.readOnly !== null, notice: notice.message, dataFolder };
  const rules = new RulesDesk(store, nodeFiles);
  return { ports: { store, storeStatus, rules, newId: randomUUID }, close: () => rules.close().then(() => store.close()) };
}
