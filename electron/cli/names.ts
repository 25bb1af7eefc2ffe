import type { Catalog, CriterionId } from '../../shared/catalog';

export interface Names {
  /** Any id: a decision in a file may name an option the catalogue lacks. */
  option(id: string): string;
  criterion(id: CriterionId): string;
}

/** Display names from the catalogue, falling back to the id. */
export function nameLookup(catalog: Catalog): Names {
  return {
    option: (id) => catalog.options.find((option) => option.id === id)?.name ?? id,
    criterion: (id) => catalog.criteria.find((criterion) => criterion.id === id)?.name ?? id,
  };
}
