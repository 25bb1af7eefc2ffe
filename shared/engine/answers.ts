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
  /** Answers to unknown questions, or unknown answers to known ones, by question id. */
  ignored: AnswerRef[];
}

export function resolveAnswers(answers: Profile['answers'], catalog: Catalog): ResolvedAnswers {
  const answerIdByQuestion = new Map(Object.entries(answers));
  const chosen = catalog.questions.flatMap((question) => {
    const answer = question.answers.find((candidate) => candidate.id === answerIdByQuestion.get(question.id));
    return answer ? [{ questionId: question.id, answerId: answer.id, answer }] : [];
  });
  const known = new Set(chosen.map((choice) => choice.questionId));
  const ignored = [...answerIdByQuestion]
    .filter(([questionId]) => !known.has(questionId))
    .map(([questionId, answerId]) => ({ questionId, answerId }))
    .sort((a, b) => (a.questionId < b.questionId ? -1 : 1));
  return { chosen, ignored };
}

/** Each effect of the chosen answers that `select` picks out of an answer, with the answer it came from. */
export function effectsOf<Effect>(
  chosen: readonly ChosenAnswer[],
  select: (answer: Answer) => readonly Effect[] | undefined,
): { from: AnswerRef; effect: Effect }[] {
  return chosen.flatMap(({ questionId, answerId, answer }) =>
    (select(answer) ?? []).map((effect) => ({ from: { questionId, answerId }, effect })),
  );
}
