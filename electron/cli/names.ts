import type { Catalog, CriterionId, OptionId } from '../../shared/catalog';

export interface Names {
  option(id: OptionId): string;
  criterion(id: CriterionId): string;
}

/** Display names from the catalogue, falling back to the id. */
export function nameLookup(catalog: Catalog): Names {
  return {
    option: (id) => catalog.options.find((option) => option.id === id)?.name ?? id,
    criterion: (id) => catalog.criteria.find((criterion) => criterion.id === id)?.name ?? id,
  };
}
