import { randomUUID } from 'node:crypto';
import { accept, override } from '../../../shared/decision';
import { createRandomState, nextUniform } from '../../../shared/engine/random';
import { evaluateUnder, type Ruleset } from '../../../shared/house-rules';
import type { Profile } from '../../../shared/profile';
import { profileLike } from '../handlers/support';

const decidedAt = new Date('2026-03-02T10:30:00Z');

/**
 * A library as users keep it, for `ruleset`: the examples answered at random over the catalogue under the rules
 * (their own questions too, those profiles stamped with the rules), with weights set by hand, decisions accepted,
 * overridden and gone stale, and undecided ones; every distinct profile saved three times under other names, ids
 * and notes, as an inventory import does.
 */
export function variedLibrary(ruleset: Ruleset, distinct: number, seed = 7): Profile[] {
  const random = createRandomState(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(nextUniform(random) * items.length)]!;
  const originals = Array.from({ length: distinct }, (_, index) => withDecision(randomlyAnswered(index, ruleset, pick), index, ruleset));
  return originals.flatMap((profile, index) =>
    [0, 1, 2].map((copy) => ({ ...profile, id: randomUUID(), name: `Workload ${index}.${copy}`, notes: `copy ${copy}`, updatedAt: `2026-03-0${copy + 3}T08:00:00.000Z` })),
  );
}

function randomlyAnswered(index: number, ruleset: Ruleset, pick: <T>(items: readonly T[]) => T): Profile {
  const base = profileLike(index);
  const answers = { ...base.answers };
  for (const question of ruleset.effective.questions) {
    const answer = pick([null, undefined, ...question.answers]);
    if (answer === null) delete answers[question.id];
    else if (answer !== undefined) answers[question.id] = answer.id;
  }
  const weightOverrides = index % 5 === 0 ? { ...base.weightOverrides, [pick(ruleset.catalog.criteria).id]: pick([1, 3, 5]) } : base.weightOverrides;
  const stamped = Object.keys(answers).some((id) => !ruleset.catalog.questions.some((question) => question.id === id));
  return { ...base, answers, weightOverrides, houseRules: stamped ? ruleset.rules?.identity : undefined, decision: undefined };
}

/** Every fourth profile accepted, every eighth overridden; a third of those then changed, so their decision is stale. */
function withDecision(profile: Profile, index: number, ruleset: Ruleset): Profile {
  if (index % 4 !== 0) return profile;
  const evaluation = evaluateUnder(profile, ruleset, { samples: 0 });
  const decided = index % 8 === 0 ? override(profile, evaluation, evaluation.ranking.at(-1)!.option, 'The platform team runs it.', 'Ana', decidedAt) : accept(profile, evaluation, 'Ana', decidedAt);
  if (!decided.ok) return profile;
  return index % 3 === 0 ? { ...decided.profile, weightOverrides: { ...decided.profile.weightOverrides, [ruleset.catalog.criteria[0]!.id]: 4 } } : decided.profile;
}
