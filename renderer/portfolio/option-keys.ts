import type { Catalog } from '../../shared/catalog';
import type { OptionKey } from '../../shared/portfolio';

/** The catalogue's options in its order, then the workloads without a recommendation. */
export function catalogOptionKeys(catalog: Catalog): OptionKey[] {
  return [...catalog.options.map(({ id }) => id), 'none'];
}
