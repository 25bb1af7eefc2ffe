import type { Basis, Catalog, Citation } from './types';

/** A basis as the screen and the report show it: the source's title, publisher, locator and address. */
export function citationOf(basis: Basis, catalog: Pick<Catalog, 'sources'>): Citation {
  if (basis.kind === 'judgement') {
    return { source: 'Practitioner judgement', publisher: 'Hostwise catalogue', section: basis.reasoning, judgement: true };
  }
  const source = catalog.sources[basis.source];
  if (!source) throw new Error(`The catalogue cites an unknown source "${basis.source}".`);
  return {
    source: source.title,
    publisher: source.publisher,
    section: basis.locator,
    ...(source.url ? { url: source.url } : {}),
    judgement: false,
  };
}
