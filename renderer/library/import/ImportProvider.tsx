import { createContext, useContext, useState, type ReactNode } from 'react';
import { api } from '../../api';
import { useBusy } from '../../app/activity';
import { useNotify, type Notify } from '../../app/notify';
import { ImportDialogs } from './ImportDialogs';
import { isInventoryFile } from '../../../shared/inventory/file-names';
import { InventoryDialogs } from './InventoryDialogs';
import { InventoryFlow } from './inventory-flow';
import { importTask, useImport, type ChosenInventory, type ImportRequest } from './useImport';

export interface Importer {
  /** Profile files and reports go to the profile import; an inventory (.xlsx, .csv), dropped or chosen, opens its review. */
  start(request: ImportRequest): void;
  /** Opens the dialog to choose an inventory. */
  startInventory(): void;
  /** True while files are read or profiles saved. */
  busy: boolean;
  /** Counts finished imports, so a list of profiles knows to read the store again. */
  imported: number;
}

const ImportContext = createContext<Importer | null>(null);

export function useImporter(): Importer {
  const importer = useContext(ImportContext);
  if (!importer) throw new Error('useImporter needs an <ImportProvider>.');
  return importer;
}

/**
 * The first inventory of a drop goes to its review, and the user is told of any other (one review at a time); the
 * profile files go to the profile import.
 */
function routed(request: ImportRequest, inventory: InventoryFlow, notify: Notify): ImportRequest | null {
  if (request.source === 'dialog') return request;
  const [first, ...others] = request.files.filter((file) => isInventoryFile(file.name));
  if (first) void inventory.open({ source: 'file', file: first });
  if (first) tellNotRead(first.name, others.map(({ name }) => name), notify);
  const files = request.files.filter((file) => !isInventoryFile(file.name));
  return files.length > 0 || request.refused.length > 0 ? { ...request, files } : null;
}

/** Names the inventories chosen or dropped with the one under review, which were not read. */
function tellNotRead(reviewed: string, notRead: string[], notify: Notify): void {
  if (notRead.length === 0) return;
  notify.toast(`Inventories are reviewed one at a time: ${reviewed} is under review; ${notRead.join(', ')} not read. Open ${notRead.length === 1 ? 'it' : 'them'} again after it.`);
}

/** The import for the whole window: it goes on, and its review and summary still show, when the user changes screens. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const [imported, setImported] = useState(0);
  const onImported = () => setImported((count) => count + 1);
  const [inventory] = useState(() => new InventoryFlow(api, onImported));
  const notify = useNotify();
  const reviewChosen = ({ preview, notRead }: ChosenInventory) => {
    void inventory.review(preview);
    if (preview.status !== 'cancelled') tellNotRead(preview.name, notRead, notify);
  };
  const flow = useImport(onImported, reviewChosen);
  const busy = useBusy(importTask);
  const start = (request: ImportRequest) => {
    const rest = routed(request, inventory, notify);
    if (rest) void flow.start(rest);
  };
  return (
    <ImportContext.Provider value={{ start, startInventory: () => void inventory.open({ source: 'dialog' }), busy, imported }}>
      {children}
      <ImportDialogs flow={flow} />
      <InventoryDialogs flow={inventory} />
    </ImportContext.Provider>
  );
}
