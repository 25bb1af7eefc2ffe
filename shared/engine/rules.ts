import { conditionHolds } from '../catalog/condition';
import type { Catalog, Rule } from '../catalog/types';
import type { AnswerRef } from './types';

/** A catalogue rule whose condition holds, with the answers that made it hold. */
export interface ActiveRule {
  rule: Rule;
  /** The answered entries of its condition, in the condition's order. */
  because: AnswerRef[];
}

export function activeRules(catalog: Pick<Catalog, 'rules'>, answers: Readonly<Record<string, string>>): ActiveRule[] {
  return catalog.rules
    .filter((rule) => conditionHolds(rule.when, answers))
    .map((rule) => ({
      rule,
      because: Object.keys(rule.when)
        .filter((questionId) => Object.hasOwn(answers, questionId))
        .map((questionId) => ({ questionId, answerId: answers[questionId]! })),
    }));
}
