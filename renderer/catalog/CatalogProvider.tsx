import { createContext, startTransition, use, useCallback, useContext, useState, type ReactNode } from 'react';
import type { Client } from '../../shared/api/client';
import type { Catalog } from '../../shared/catalog';

const CatalogContext = createContext<Catalog | null>(null);
const ReloadContext = createContext<() => void>(() => undefined);

/** The request for the catalogue: made at start, and again when the house rules in force change. */
export function loadCatalog(client: Pick<Client, 'catalog.get'>): Promise<Catalog> {
  return client['catalog.get'](null);
}

/**
 * Gives every part of the window the catalogue the main process serves: the renderer reaches it only here,
 * never by importing it. Its children render once it has arrived; a failed load reaches the error boundary.
 * The window's first render is a transition (main.tsx) that waits for it with nothing shown: no Suspense
 * fallback, as React holds back revealing a fallback's content until 300 ms after it showed.
 * `reload` fetches it again (house rules accepted or unloaded); the screens keep showing the catalogue they have
 * until the new one arrives.
 */
export function CatalogProvider({ loading, reload, children }: { loading: Promise<Catalog> | Catalog; reload?: () => Promise<Catalog>; children: ReactNode }) {
  const [current, setCurrent] = useState(loading);
  const reloadCatalog = useCallback(() => {
    if (reload) startTransition(() => setCurrent(reload()));
  }, [reload]);
  return (
    <ReloadContext value={reloadCatalog}>
      <Loaded loading={current}>{children}</Loaded>
    </ReloadContext>
  );
}

function Loaded({ loading, children }: { loading: Promise<Catalog> | Catalog; children: ReactNode }) {
  // A catalogue already in hand renders at once, with no fallback (React reveals what suspended 300 ms after its fallback at the earliest).
  return <CatalogContext value={loading instanceof Promise ? use(loading) : loading}>{children}</CatalogContext>;
}

/** The catalogue the main process serves. */
export function useCatalog(): Catalog {
  const catalog = useContext(CatalogContext);
  if (!catalog) throw new Error('useCatalog() is used outside a CatalogProvider.');
  return catalog;
}

/** Fetches the catalogue again, for every part of the window. */
export function useReloadCatalog(): () => void {
  return useContext(ReloadContext);
}
