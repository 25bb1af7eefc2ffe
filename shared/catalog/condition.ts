import type { Condition } from './types';

/** Whether every entry of a rule's or a question's condition holds for these answers. */
export function conditionHolds(when: Condition, answers: Readonly<Record<string, string>>): boolean {
  return Object.entries(when).every(([questionId, expected]) => {
    const answer = Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
    if ('not' in expected) return answer === undefined || !expected.not.includes(answer);
    return answer !== undefined && expected.includes(answer);
  });
}
