import { createContext, useContext, useState, type ReactNode } from 'react';
import { useBusy } from '../../app/activity';
import { ImportDialogs } from './ImportDialogs';
import { importTask, useImport, type ImportRequest } from './useImport';

export interface Importer {
  start(request: ImportRequest): void;
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

/** The import for the whole window: it goes on, and its review and summary still show, when the user changes screens. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const [imported, setImported] = useState(0);
  const flow = useImport(() => setImported((count) => count + 1));
  const busy = useBusy(importTask);
  return (
    <ImportContext.Provider value={{ start: (request) => void flow.start(request), busy, imported }}>
      {children}
      <ImportDialogs flow={flow} />
    </ImportContext.Provider>
  );
}
