import type { Basis, Catalog, Citation, CriterionId, OptionId, Rating, Rule } from '../../shared/catalog';
import { citationOf } from '../../shared/catalog/citation';
import { useCatalog } from './CatalogProvider';

/** The catalogue's words for the ids an evaluation speaks in. */
export interface Labels {
  option(id: OptionId): string;
  shortOption(id: OptionId): string;
  criterion(id: CriterionId): string;
  /** The question's text, as the questionnaire shows it. */
  question(questionId: string): string;
  /** The question's text and the chosen answer's label, as the questionnaire shows them. */
  answer(questionId: string, answerId: string): { question: string; answer: string };
  /** The catalogue rating (with its rationale and basis) behind a contribution. */
  rating(option: OptionId, criterion: CriterionId): Rating | undefined;
  /** The catalogue rule an adjustment or a rule-out applied (with its basis). */
  rule(id: string): Rule | undefined;
  /** A basis resolved for display: the source's title, publisher, locator and address, or the judgement's reasoning. */
  citation(basis: Basis): Citation;
}

const cache = new WeakMap<Catalog, Labels>();

function build(catalog: Catalog): Labels {
  const options = new Map(catalog.options.map((o) => [o.id, o]));
  const criteria = new Map(catalog.criteria.map((c) => [c.id, c]));
  const questions = new Map(catalog.questions.map((q) => [q.id, q]));
  const ratings = new Map(catalog.ratings.map((r) => [`${r.option}/${r.criterion}`, r]));
  const rules = new Map(catalog.rules.map((r) => [r.id, r]));
  return {
    option: (id) => options.get(id)?.name ?? id,
    shortOption: (id) => options.get(id)?.shortName ?? id,
    criterion: (id) => criteria.get(id)?.name ?? id,
    question: (questionId) => questions.get(questionId)?.text ?? questionId,
    answer: (questionId, answerId) => {
      const question = questions.get(questionId);
      return { question: question?.text ?? questionId, answer: question?.answers.find((a) => a.id === answerId)?.label ?? answerId };
    },
    rating: (option, criterion) => ratings.get(`${option}/${criterion}`),
    rule: (id) => rules.get(id),
    citation: (basis) => citationOf(basis, catalog),
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

/** The labels of the catalogue the main process serves. */
export function useLabels(): Labels {
  return labelsOf(useCatalog());
}
