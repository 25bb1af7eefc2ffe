import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog as shipped } from '../../../shared/catalog';
import type { Catalog } from '../../../shared/catalog/types';
import { assess, leaderOf } from '../../../shared/engine/assess';
import { indexRatings } from '../../../shared/engine/ratings';
import { whatIf } from '../../../shared/engine/what-if';
import type { Profile } from '../../../shared/profile';
import { fixtureCatalogs } from './arbitraries';

/** Some of the catalogue's questions answered, and now and then an answer it does not know. */
function answersTo(catalog: Catalog): fc.Arbitrary<Profile['answers']> {
  const choices = catalog.questions.map((question) => [question.id, fc.constantFrom(...question.answers.map((answer) => answer.id))]);
  // Keys the record leaves out are absent, never undefined.
  return fc.record({ ...Object.fromEntries(choices), unknown: fc.constant('answer') }, { requiredKeys: [] }) as fc.Arbitrary<Profile['answers']>;
}

function overridesOf(catalog: Catalog): fc.Arbitrary<Profile['weightOverrides']> {
  const weight = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 100, noNaN: true }));
  const overrides = fc.record(Object.fromEntries(catalog.criteria.map((criterion) => [criterion.id, weight])), { requiredKeys: [] });
  return overrides as fc.Arbitrary<Profile['weightOverrides']>;
}

/** Every answer to every unanswered question: the lean what-if names the leader a full assessment names. */
function expectSameLeaders(catalog: Catalog, answers: Profile['answers'], overrides: Profile['weightOverrides']): void {
  const lookup = indexRatings(catalog);
  const leaderWith = whatIf(catalog, overrides, assess(catalog, answers, overrides, lookup));
  for (const question of catalog.questions.filter((candidate) => !Object.hasOwn(answers, candidate.id))) {
    for (const answer of question.answers) {
      const full = assess(catalog, { ...answers, [question.id]: answer.id }, overrides, lookup);
      expect(leaderWith(question.id, answer)).toBe(leaderOf(full)?.option.id ?? null);
    }
  }
}

describe('what-if', () => {
  it('names the leader a full assessment names, for any ratings, base weights, answers and overrides', () => {
    fc.assert(
      fc.property(
        fixtureCatalogs.chain((catalog) => fc.tuple(fc.constant(catalog), answersTo(catalog), overridesOf(catalog))),
        ([catalog, answers, overrides]) => expectSameLeaders(catalog, answers, overrides),
      ),
      { numRuns: 300 },
    );
  });

  it('names the leader a full assessment names with the shipped catalogue', () => {
    fc.assert(
      fc.property(answersTo(shipped), overridesOf(shipped), (answers, overrides) => expectSameLeaders(shipped, answers, overrides)),
      { numRuns: 150 },
    );
  });
});
