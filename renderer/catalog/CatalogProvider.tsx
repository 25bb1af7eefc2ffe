import { createContext, Suspense, use, useContext, type ReactNode } from 'react';
import type { Client } from '../../shared/api/client';
import type { Catalog } from '../../shared/catalog';

const CatalogContext = createContext<Catalog | null>(null);

/** The one request for the catalogue, made once at start (a house-rules overlay served by main shows up here). */
export function loadCatalog(client: Pick<Client, 'catalog.get'>): Promise<Catalog> {
  return client['catalog.get'](null);
}

/**
 * Gives every part of the window the catalogue the main process serves: the renderer reaches it only here,
 * never by importing it. Its children render once it has arrived; a failed load reaches the error boundary.
 */
export function CatalogProvider({ loading, children }: { loading: Promise<Catalog>; children: ReactNode }) {
  return (
    <Suspense fallback={<p className="hw-screen hw-muted">Loading the catalogue…</p>}>
      <Loaded loading={loading}>{children}</Loaded>
    </Suspense>
  );
}

function Loaded({ loading, children }: { loading: Promise<Catalog>; children: ReactNode }) {
  return <CatalogContext value={use(loading)}>{children}</CatalogContext>;
}

/** The catalogue the main process serves. */
export function useCatalog(): Catalog {
  const catalog = useContext(CatalogContext);
  if (!catalog) throw new Error('useCatalog() is used outside a CatalogProvider.');
  return catalog;
}
