import { conditionHolds } from '../catalog/condition';
import * as format from '../engine/format';
import type { RuleEffect } from '../engine/types';
import type { Profile } from '../profile';
import { answersUnder } from './overlay';
import type { Ruleset } from './ruleset';

/**
 * What each entry of the rules in force changed for one workload, in a sentence, in file order (none without rules).
 * Entries that changed nothing (a condition that does not hold, a required question already answered) are left out.
 */
export function effectsOf(profile: Pick<Profile, 'answers' | 'weightOverrides'>, ruleset: Ruleset): RuleEffect[] {
  const { rules } = ruleset;
  if (!rules) return [];
  const { file } = rules;
  const answers = answersUnder(profile.answers, rules);
  const names = namer(ruleset);
  const effect = (kind: RuleEffect['kind'], entry: string, change: string): RuleEffect => ({ entry, kind, change });
  return [
    ...(file.questions ?? []).flatMap((question) => {
      const answer = Object.hasOwn(answers, question.id) ? answers[question.id]! : null;
      return answer ? [effect('questions', question.id, `Asked “${question.text}”: ${names.answer(question.id, answer)}.`)] : [];
    }),
    ...(file.preAnswers ?? []).flatMap((entry) => {
      const own = Object.hasOwn(profile.answers, entry.question) ? profile.answers[entry.question]! : null;
      if (own === entry.answer) return [];
      const question = `“${names.question(entry.question)}”`;
      const organisation = `“${names.answer(entry.question, entry.answer)}”`;
      const change = own
        ? `The profile's own answer to ${question}, “${names.answer(entry.question, own)}”, stands over the organisation's ${organisation}.`
        : `Answered ${question} with ${organisation} for the organisation.`;
      return [effect('preAnswers', entry.id, change)];
    }),
    ...(file.weights ?? []).map((entry) => {
      const criterion = names.criterion(entry.criterion);
      const change = Object.hasOwn(profile.weightOverrides, entry.criterion)
        ? `The profile's own weight of ${criterion} stands over the default of ${String(entry.weight)}.`
        : `Default weight of ${criterion}: ${String(entry.weight)} (catalogue: ${String(names.baseWeight(entry.criterion))}).`;
      return effect('weights', entry.id, change);
    }),
    ...(file.ratings ?? []).flatMap((entry) => {
      if (entry.when && !conditionHolds(entry.when, answers)) return [];
      const shift = `${entry.delta > 0 ? '+' : '−'}${Math.abs(entry.delta)} on the 0–10 scale`;
      const change = `${names.criterion(entry.criterion)} of ${names.options(entry.options)} ${shift}: ${format.clause(entry.reason)}.`;
      return [effect('ratings', entry.id, change)];
    }),
    ...(file.ruleOuts ?? []).flatMap((entry) => {
      if (entry.when && !conditionHolds(entry.when, answers)) return [];
      return [effect('ruleOuts', entry.id, `Rules out ${names.options(entry.options)}: ${format.clause(entry.reason)}.`)];
    }),
    ...(file.required ?? []).flatMap((entry) => {
      const open = entry.questions.filter((questionId) => !Object.hasOwn(answers, questionId) && names.relevant(questionId, answers));
      if (open.length === 0) return [];
      const questions = format.list(open.map((questionId) => `“${names.question(questionId)}”`));
      return [effect('required', entry.id, `Requires an answer to ${questions} before the recommendation is final.`)];
    }),
  ];
}

/** Names for messages, from the catalogue under the rules (ids where it does not know them); base weights from the plain one. */
function namer({ catalog: plain, effective: catalog }: Ruleset) {
  const question = (id: string) => catalog.questions.find((entry) => entry.id === id);
  return {
    question: (id: string) => question(id)?.text ?? id,
    answer: (questionId: string, answerId: string) => question(questionId)?.answers.find((entry) => entry.id === answerId)?.label ?? answerId,
    relevant: (id: string, answers: Readonly<Record<string, string>>) => {
      const relevantWhen = question(id)?.relevantWhen;
      return !relevantWhen || conditionHolds(relevantWhen, answers);
    },
    criterion: (id: string) => catalog.criteria.find((entry) => entry.id === id)?.name ?? id,
    baseWeight: (id: string) => plain.criteria.find((entry) => entry.id === id)?.baseWeight ?? 0,
    options: (ids: readonly string[]) => format.list(ids.map((id) => catalog.options.find((entry) => entry.id === id)?.name ?? id)),
  };
}
