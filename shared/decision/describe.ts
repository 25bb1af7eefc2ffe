import type { Catalog, OptionId } from '../catalog/types';
import { describeIdentity } from '../house-rules/identity';
import type { AnswerChange, WeightChange } from './changes';
import type { StaleReason } from './status';

/** What changed since the decision was signed, in a sentence: "Answer to “Who wrote the code?”: Our own team → Third party." */
export function describeStaleReason(reason: StaleReason, catalog: Catalog): string {
  const option = (id: string) => catalog.options.find((candidate) => candidate.id === (id as OptionId))?.name ?? id;
  switch (reason.kind) {
    case 'answer':
      return describeAnswerChange(reason, catalog);
    case 'weight':
      return describeWeightChange(reason, catalog);
    case 'catalog':
      return `Decided with catalogue version ${reason.before}; Hostwise now has version ${reason.after}.`;
    case 'house-rules':
      return `Decided under ${rulesText(reason.before)}; evaluated now under ${rulesText(reason.after)}.`;
    case 'recommendation':
      return reason.status === 'recommended'
        ? `The accepted recommendation was ${option(reason.decided)}; the recommendation is now ${option(reason.winner)}.`
        : `The accepted recommendation was ${option(reason.decided)}; there is no recommendation now (${statusText[reason.status]}).`;
    case 'option-unavailable':
      return `The chosen option ${option(reason.option)} is no longer available: ${reason.reason ?? 'the catalogue has no such option'}.`;
    case 'fingerprint':
      return `The recorded inputs do not match their fingerprint (${reason.recorded.slice(0, 12)}, now ${reason.now.slice(0, 12)}): the decision was edited by hand.`;
  }
}

/** "Answer to “Whose code runs in this workload?”: Our own reviewed code → unanswered." */
export function describeAnswerChange({ question, before, after }: AnswerChange, catalog: Catalog): string {
  return `Answer to “${questionText(question, catalog)}”: ${answerLabel(question, before, catalog)} → ${answerLabel(question, after, catalog)}.`;
}

/** "Weight of Isolation and security: derived from the answers → 7 (set by hand)." */
export function describeWeightChange({ criterion, before, after }: WeightChange, catalog: Catalog): string {
  const name = catalog.criteria.find((candidate) => candidate.id === criterion)?.name ?? criterion;
  return `Weight of ${name}: ${weightText(before)} → ${weightText(after)}.`;
}

const statusText = {
  'insufficient-answers': 'decisive questions are unanswered',
  'no-feasible-option': 'every option is ruled out',
} as const;

function questionText(id: string, catalog: Catalog): string {
  return catalog.questions.find((question) => question.id === id)?.text ?? id;
}

function answerLabel(questionId: string, answerId: string | null, catalog: Catalog): string {
  if (answerId === null) return 'unanswered';
  const question = catalog.questions.find((candidate) => candidate.id === questionId);
  return question?.answers.find((answer) => answer.id === answerId)?.label ?? answerId;
}

function weightText(weight: number | null): string {
  return weight === null ? 'derived from the answers' : `${weight} (set by hand)`;
}

function rulesText(rules: Parameters<typeof describeIdentity>[0] | null): string {
  return rules ? describeIdentity(rules) : 'the plain catalogue (no house rules)';
}
