import { createContext, useContext, useState, type ReactNode } from 'react';
import { api } from '../../api';
import { useBusy } from '../../app/activity';
import { ImportDialogs } from './ImportDialogs';
import { InventoryDialogs } from './InventoryDialogs';
import { InventoryFlow, isInventoryFile } from './inventory-flow';
import { importTask, useImport, type ImportRequest } from './useImport';

export interface Importer {
  /** Profile files and reports go to the profile import; an inventory (.xlsx, .csv) dropped opens its review. */
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

/** The first inventory of a drop goes to its review; the rest of the request to the profile import. */
function routed(request: ImportRequest, inventory: InventoryFlow): ImportRequest | null {
  if (request.source === 'dialog') return request;
  const first = request.files.find((file) => isInventoryFile(file.name));
  if (first) void inventory.open({ source: 'file', file: first });
  const files = request.files.filter((file) => file !== first);
  return files.length > 0 || request.refused.length > 0 ? { ...request, files } : null;
}

/** The import for the whole window: it goes on, and its review and summary still show, when the user changes screens. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const [imported, setImported] = useState(0);
  const onImported = () => setImported((count) => count + 1);
  const flow = useImport(onImported);
  const [inventory] = useState(() => new InventoryFlow(api, onImported));
  const busy = useBusy(importTask);
  const start = (request: ImportRequest) => {
    const rest = routed(request, inventory);
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
