import type { Answer, Catalog, Condition, CriterionId, Effect, OptionId, Question, Rule } from './types';

/**
 * An answer's effects in words, generated from the catalogue's data so the words never drift from what the
 * engine does, e.g. "Raises the weight of Isolation (+2)." or "Rules out Containers on bare metal: …".
 * Rules that also depend on other answers say so ("when …").
 */
export function describeAnswer(question: Question, answer: Answer, catalog: Catalog): string[] {
  const names = nameLookup(catalog);
  const weights = Object.entries(answer.weights ?? {}).map(
    ([criterion, delta]) => `${delta > 0 ? 'Raises' : 'Lowers'} the weight of ${names.criterion(criterion as CriterionId)} (${signed(delta)}).`,
  );
  const rules = rulesOfAnswer(question.id, answer.id, catalog).map((rule) => {
    const others = otherConditions(rule.when, question.id, catalog);
    return `${effectText(rule.effect, names)}${others ? ` when ${others}` : ''}: ${rule.reason}`;
  });
  return [...weights, ...rules];
}

/**
 * The rules this answer leads: those whose condition names it first. A rule that also needs other answers is
 * described once, under the answer it is about, so no answer's list repeats another's.
 */
function rulesOfAnswer(questionId: string, answerId: string, catalog: Pick<Catalog, 'rules'>): Rule[] {
  return catalog.rules.filter((rule) => {
    const [first] = Object.keys(rule.when);
    const expected = first === questionId ? rule.when[questionId] : undefined;
    return Array.isArray(expected) && expected.includes(answerId);
  });
}

/** The questions a profile's answers answer, in questionnaire order, each with its chosen answer. */
export function answeredQuestions(answers: Readonly<Record<string, string>>, catalog: Catalog): { question: Question; answer: Answer }[] {
  return catalog.questions.flatMap((question) => {
    const answer = question.answers.find((a) => a.id === answers[question.id]);
    return answer ? [{ question, answer }] : [];
  });
}

type Names = ReturnType<typeof nameLookup>;

function nameLookup(catalog: Catalog) {
  return {
    criterion: (id: CriterionId) => catalog.criteria.find((c) => c.id === id)?.name ?? id,
    option: (id: OptionId) => catalog.options.find((o) => o.id === id)?.name ?? id,
  };
}

function effectText(effect: Effect, names: Names): string {
  const options = effect.kind === 'note' ? '' : effect.options.map(names.option).join(', ');
  if (effect.kind === 'rule-out') return `Rules out ${options}`;
  if (effect.kind === 'note') return 'Considered, changes nothing';
  return `${effect.delta > 0 ? 'Improves' : 'Weakens'} ${options} on ${names.criterion(effect.criterion)} (${signed(effect.delta)})`;
}

/** The rest of a rule's condition in words, e.g. "“Where will it run?” is “Our data centre …”". */
function otherConditions(when: Condition, except: string, catalog: Catalog): string {
  return Object.entries(when)
    .filter(([questionId]) => questionId !== except)
    .map(([questionId, expected]) => {
      const question = catalog.questions.find((q) => q.id === questionId);
      const label = (id: string) => question?.answers.find((a) => a.id === id)?.label ?? id;
      const ids = 'not' in expected ? expected.not : expected;
      const answers = ids.map((id) => `“${label(id)}”`).join(' or ');
      return `“${question?.text ?? questionId}” is ${'not' in expected ? 'not ' : ''}${answers}`;
    })
    .join(' and ');
}

function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : `${delta}`.replace('-', '−');
}
