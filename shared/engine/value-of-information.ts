import { conditionHolds } from '../catalog/condition';
import type { Catalog, OptionId } from '../catalog/types';
import type { Profile } from '../profile';
import { assess, leaderOf } from './assess';
import { descending } from './math';
import type { RatingLookup } from './ratings';
import type { QuestionValue } from './types';

/**
 * The unanswered relevant questions whose answer could change who leads, ranked by the share of their answers
 * that would (decisive questions first among equals). Each answer is tried on its own with the likely ratings.
 */
export function valueOfInformation(
  catalog: Catalog,
  profile: Pick<Profile, 'answers' | 'weightOverrides'>,
  leader: OptionId | null,
  lookup: RatingLookup,
): QuestionValue[] {
  const { answers, weightOverrides } = profile;
  return catalog.questions
    .filter((question) => !Object.hasOwn(answers, question.id))
    .filter((question) => !question.relevantWhen || conditionHolds(question.relevantWhen, answers))
    .map((question) => {
      const leaders = question.answers.map((answer) => {
        const next = assess(catalog, { ...answers, [question.id]: answer.id }, weightOverrides, lookup);
        return { answerId: answer.id, leader: leaderOf(next)?.option.id ?? null };
      });
      const changed = leaders.filter((entry) => entry.leader !== leader).length;
      return { questionId: question.id, decisive: question.decisive ?? false, changesLeader: changed / leaders.length, leaders };
    })
    .filter((value) => value.changesLeader > 0)
    .sort((a, b) => descending(a.changesLeader, b.changesLeader) || Number(b.decisive) - Number(a.decisive));
}
