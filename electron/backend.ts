import { randomUUID } from 'node:crypto';
import type { Ports } from './handlers';
import { openStore } from './store';

/** The ports every transport shares: the store in the data folder, its status, and new ids. */
export type StorePorts = Pick<Ports, 'store' | 'storeStatus' | 'newId'>;

/** Opens the store of a data folder for the handlers; `close` waits for the last save and releases it. */
export async function openStorePorts(dataFolder: string): Promise<{ ports: StorePorts; close: () => Promise<void> }> {
  const { store, notice } = await openStore({ dir: dataFolder });
  const storeStatus = { readOnly: store.readOnly !== null, notice: notice.message, dataFolder };
  return { ports: { store, storeStatus, newId: randomUUID }, close: () => store.close() };
}
