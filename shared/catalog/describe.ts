import type { Answer, Catalog, CriterionId, OptionId, Question } from './types';

/**
 * An answer's effect in words, generated from its structured effects so the words never drift from what
 * the engine does, e.g. "Raises the weight of isolation (+2.5). Rules out Container: …".
 */
export function describeAnswer(answer: Answer, catalog: Catalog): string[] {
  const criterionName = (id: CriterionId) => catalog.criteria.find((c) => c.id === id)?.name ?? id;
  const optionName = (id: OptionId) => catalog.options.find((o) => o.id === id)?.name ?? id;
  const signed = (delta: number) => (delta > 0 ? `+${delta}` : `${delta}`.replace('-', '−'));
  return [
    ...(answer.weights ?? []).map(
      (w) => `${w.delta > 0 ? 'Raises' : 'Lowers'} the weight of ${criterionName(w.criterion)} (${signed(w.delta)}).`,
    ),
    ...(answer.ruleOut ?? []).map((r) => `Rules out ${optionName(r.option)}: ${r.reason}`),
    ...(answer.ratings ?? []).map(
      (r) =>
        `${r.delta > 0 ? 'Improves' : 'Weakens'} ${optionName(r.option)} on ${criterionName(r.criterion)} (${signed(r.delta)}): ${r.reason}`,
    ),
  ];
}

/** The questions a profile's answers answer, in questionnaire order, each with its chosen answer. */
export function answeredQuestions(answers: Readonly<Record<string, string>>, catalog: Catalog): { question: Question; answer: Answer }[] {
  return catalog.questions.flatMap((question) => {
    const answer = question.answers.find((a) => a.id === answers[question.id]);
    return answer ? [{ question, answer }] : [];
  });
}
