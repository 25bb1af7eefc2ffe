import type { Catalog, CriterionId, OptionId, Rating } from '../../shared/catalog';

/** The catalogue's words for the ids an evaluation speaks in. */
export interface Labels {
  option(id: OptionId): string;
  shortOption(id: OptionId): string;
  criterion(id: CriterionId): string;
  /** The catalogue rating (with its rationale and citation) behind a contribution. */
  rating(option: OptionId, criterion: CriterionId): Rating | undefined;
}

const cache = new WeakMap<Catalog, Labels>();

function build(catalog: Catalog): Labels {
  const options = new Map(catalog.options.map((o) => [o.id, o]));
  const criteria = new Map(catalog.criteria.map((c) => [c.id, c]));
  const ratings = new Map(catalog.ratings.map((r) => [`${r.option}/${r.criterion}`, r]));
  return {
    option: (id) => options.get(id)?.name ?? id,
    shortOption: (id) => options.get(id)?.shortName ?? id,
    criterion: (id) => criteria.get(id)?.name ?? id,
    rating: (option, criterion) => ratings.get(`${option}/${criterion}`),
  };
}

export function labelsOf(catalog: Catalog): Labels {
  let labels = cache.get(catalog);
  if (!labels) {
    labels = build(catalog);
    cache.set(catalog, labels);
  }
  return labels;
}
