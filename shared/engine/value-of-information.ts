import { conditionHolds } from '../catalog/condition';
import type { Catalog } from '../catalog/types';
import type { Profile } from '../profile';
import { leaderOf, type Assessment } from './assess';
import { descending } from './math';
import type { QuestionValue } from './types';
import { whatIf } from './what-if';

/**
 * The unanswered relevant questions whose answer could change who leads, ranked by the share of their answers
 * that would (decisive questions first among equals), after the questions house rules require, whatever their
 * answers change. Each answer is tried on its own with the likely ratings.
 */
export function valueOfInformation(
  catalog: Catalog,
  profile: Pick<Profile, 'answers' | 'weightOverrides'>,
  current: Assessment,
): QuestionValue[] {
  const { answers } = profile;
  const open = catalog.questions
    .filter((question) => !Object.hasOwn(answers, question.id))
    .filter((question) => !question.relevantWhen || conditionHolds(question.relevantWhen, answers));
  // Nothing left to ask: no what-ifs to prepare.
  if (open.length === 0) return [];
  const leader = leaderOf(current)?.option.id ?? null;
  const leaderWith = whatIf(catalog, profile.weightOverrides, current);
  return open
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
