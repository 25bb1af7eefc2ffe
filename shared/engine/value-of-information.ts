import { conditionHolds } from '../catalog/condition';
import type { Answer, Catalog, OptionId } from '../catalog/types';
import type { Profile } from '../profile';
import { assess, leaderOf, rank, type Assessment } from './assess';
import { descending } from './math';
import type { RatingLookup } from './ratings';
import { resolveAnswers } from './answers';
import { activeRules } from './rules';
import { deriveWeights } from './weights';
import type { QuestionValue } from './types';

/**
 * The unanswered relevant questions whose answer could change who leads, ranked by the share of their answers
 * that would (decisive questions first among equals), after the questions house rules require, whatever their
 * answers change. Each answer is tried on its own with the likely ratings.
 */
export function valueOfInformation(
  catalog: Catalog,
  profile: Pick<Profile, 'answers' | 'weightOverrides'>,
  current: Pick<Assessment, 'rated' | 'ranked'>,
  lookup: RatingLookup,
): QuestionValue[] {
  const { answers, weightOverrides } = profile;
  const leader = leaderOf(current)?.option.id ?? null;
  const activeNow = ruleIds(catalog, answers);
  const leaderWith = (questionId: string, answer: Answer): OptionId | null => {
    const next = { ...answers, [questionId]: answer.id };
    const sameRules = ruleIds(catalog, next) === activeNow;
    // An answer that moves no weight and switches no rule on or off leaves everything as it is; one that only
    // moves weights re-ranks the same ratings.
    if (sameRules && !answer.weights) return leader;
    const ranked = sameRules
      ? rank(current.rated, deriveWeights(catalog, resolveAnswers(next, catalog).chosen, weightOverrides).values)
      : assess(catalog, next, weightOverrides, lookup).ranked;
    return leaderOf({ ranked })?.option.id ?? null;
  };
  return catalog.questions
    .filter((question) => !Object.hasOwn(answers, question.id))
    .filter((question) => !question.relevantWhen || conditionHolds(question.relevantWhen, answers))
    .map((question) => {
      const leaders = question.answers.map((answer) => ({ answerId: answer.id, leader: leaderWith(question.id, answer) }));
      const changed = leaders.filter((entry) => entry.leader !== leader).length;
      const flags = { decisive: question.decisive ?? false, required: question.required ?? false };
      return { questionId: question.id, ...flags, changesLeader: changed / leaders.length, leaders };
    })
    .filter((value) => value.changesLeader > 0 || value.required)
    .sort(
      (a, b) =>
        Number(b.required) - Number(a.required) ||
        descending(a.changesLeader, b.changesLeader) ||
        Number(b.decisive) - Number(a.decisive),
    );
}

function ruleIds(catalog: Catalog, answers: Readonly<Record<string, string>>): string {
  return activeRules(catalog, answers)
    .map((entry) => entry.rule.id)
    .join('\n');
}
