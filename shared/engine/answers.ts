import type { Answer, Catalog } from '../catalog/types';
import type { Profile } from '../profile';
import type { AnswerRef } from './types';

/** A profile answer the catalogue knows. */
export interface ChosenAnswer extends AnswerRef {
  answer: Answer;
}

export interface ResolvedAnswers {
  /** In questionnaire order, so every list built from them is stable. */
  chosen: ChosenAnswer[];
  /** The known answers as question id → answer id: what rule conditions are tested against. */
  known: Record<string, string>;
  /** Answers to unknown questions, or unknown answers to known ones, by question id. */
  ignored: AnswerRef[];
}

export function resolveAnswers(answers: Profile['answers'], catalog: Pick<Catalog, 'questions'>): ResolvedAnswers {
  const answerIdByQuestion = new Map(Object.entries(answers));
  const chosen = catalog.questions.flatMap((question) => {
    const answer = question.answers.find((candidate) => candidate.id === answerIdByQuestion.get(question.id));
    return answer ? [{ questionId: question.id, answerId: answer.id, answer }] : [];
  });
  const known = Object.fromEntries(chosen.map((choice) => [choice.questionId, choice.answerId]));
  const ignored = [...answerIdByQuestion]
    .filter(([questionId]) => !Object.hasOwn(known, questionId))
    .map(([questionId, answerId]) => ({ questionId, answerId }))
    .sort((a, b) => (a.questionId < b.questionId ? -1 : 1));
  return { chosen, known, ignored };
}
