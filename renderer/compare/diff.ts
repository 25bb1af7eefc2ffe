import type { Catalog, CriterionId } from '../../shared/catalog';
import type { Evaluation } from '../../shared/engine/types';
import type { Profile } from '../../shared/profile';
import { labelsOf } from '../catalog/labels';

export interface AnswerDifference {
  question: string;
  a: string;
  b: string;
}

/** The questions the two profiles answer differently, in the questionnaire's order. */
export function answerDifferences(a: Profile, b: Profile, catalog: Catalog): AnswerDifference[] {
  const answerLabel = (questionId: string, answerId: string | undefined) =>
    answerId === undefined ? 'Not answered' : labelsOf(catalog).answer(questionId, answerId).answer;
  return catalog.questions
    .filter((question) => a.answers[question.id] !== b.answers[question.id])
    .map((question) => ({
      question: question.text,
      a: answerLabel(question.id, a.answers[question.id]),
      b: answerLabel(question.id, b.answers[question.id]),
    }));
}

export interface WeightMove {
  criterion: CriterionId;
  a: number;
  b: number;
}

/** Criteria whose share of the decision differs by at least half a percentage point. */
export function weightMoves(a: Evaluation, b: Evaluation, catalog: Catalog): WeightMove[] {
  return catalog.criteria
    .map(({ id }) => ({ criterion: id, a: a.weights[id], b: b.weights[id] }))
    .filter((move) => Math.abs(move.b - move.a) >= 0.005);
}
