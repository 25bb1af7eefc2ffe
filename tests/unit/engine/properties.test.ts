import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type Evaluation } from '../../../shared/engine';
import type { Profile } from '../../../shared/profile';
import { catalog as shipped } from '../../../shared/catalog';
import { fixtureCatalogs as catalogs } from './arbitraries';
import { fixtureCatalog, makeProfile } from './fixture';

const criteria = fixtureCatalog.criteria.map((criterion) => criterion.id);
const tolerance = 1e-9;

const answers = fc.record(
  {
    ...Object.fromEntries(
      fixtureCatalog.questions.map((question) => [question.id, fc.constantFrom(...question.answers.map((answer) => answer.id))]),
    ),
    unknown: fc.constant('answer'),
  },
  { requiredKeys: [] },
);
const overrides = fc.record(
  Object.fromEntries(criteria.map((criterion) => [criterion, fc.integer({ min: 0, max: 100 })])),
  { requiredKeys: [] },
);
const profiles: fc.Arbitrary<Profile> = fc.tuple(answers, overrides).map(([chosen, weights]) => makeProfile(chosen, weights as Profile['weightOverrides']));

const quick = { samples: 0 } as const;
const option = (evaluation: Evaluation, id: string) => evaluation.ranking.find((entry) => entry.option === id)!;
const bestFeasibleScore = (evaluation: Evaluation) =>
  Math.max(...evaluation.ranking.filter((entry) => !entry.ruledOut).map((entry) => entry.score));

/** Overrides that give `criterion` the weight t and rescale the others as the stability intervals assume. */
function overridesForWeight(evaluation: Evaluation, criterion: number, t: number): Profile['weightOverrides'] {
  const weights = criteria.map((id) => evaluation.weights[id]);
  const others = 1 - weights[criterion]!;
  const scaled = weights.map((weight, index) => {
    if (index === criterion) return t;
    return others > tolerance ? (weight * (1 - t)) / others : (1 - t) / (weights.length - 1);
  });
  return Object.fromEntries(criteria.map((id, index) => [id, scaled[index]! * 100]));
}

describe('engine properties', () => {
  it('normalizes weights to sum 1 and keeps every score in [0, 100] as the sum of its contributions', () => {
    fc.assert(
      fc.property(catalogs, profiles, (catalog, profile) => {
        const evaluation = evaluate(profile, catalog, quick);
        const weights = Object.values(evaluation.weights);
        expect(weights.every((weight) => weight >= 0)).toBe(true);
        expect(Math.abs(weights.reduce((a, b) => a + b) - 1)).toBeLessThan(1e-12);
        for (const entry of evaluation.ranking) {
          expect(entry.score).toBeGreaterThanOrEqual(0);
          expect(entry.score).toBeLessThanOrEqual(100);
          expect(entry.score).toBeCloseTo(entry.contributions.reduce((total, c) => total + c.points, 0), 9);
        }
      }),
    );
  });

  it('ranks feasible options by score and ruled-out ones last, never recommending them', () => {
    fc.assert(
      fc.property(catalogs, profiles, (catalog, profile) => {
        const { ranking, recommendation } = evaluate(profile, catalog, quick);
        const firstRuledOut = ranking.findIndex((entry) => entry.ruledOut);
        if (firstRuledOut >= 0) expect(ranking.slice(firstRuledOut).every((entry) => entry.ruledOut)).toBe(true);
        const allRuledOut = ranking.every((entry) => entry.ruledOut);
        expect(recommendation.status === 'no-feasible-option').toBe(allRuledOut);
        if (allRuledOut) expect(recommendation.confidence).toBeNull();
        expect(recommendation.winner).toBe(ranking[0]!.option);
        ranking.slice(1).forEach((entry, index) => {
          const previous = ranking[index]!;
          if (entry.ruledOut === previous.ruledOut) expect(entry.score).toBeLessThanOrEqual(previous.score + tolerance);
          if (entry.ruledOut) {
            expect(entry.reason).toMatch(/ is ruled out: /);
            for (const ruleOut of entry.ruleOuts) expect(entry.reason).toContain(ruleOut.reason.replace(/\.$/, ''));
          }
        });
      }),
    );
  });

  it('never lowers A against B when a criterion on which A outrates B gains weight', () => {
    // Normalization makes the exact statement: with D the score difference A − B and d_c the rating difference on c,
    // D moves towards 10·d_c as c gains weight. So D never falls when 10·d_c ≥ D, and a lead of A never turns
    // into a deficit when d_c ≥ 0.
    fc.assert(
      fc.property(
        catalogs,
        profiles,
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 50 }),
        (catalog, profile, criterion, increase) => {
          const before = evaluate(profile, catalog, quick);
          const raised = Object.fromEntries(
            before.weightProvenance.map((entry, index) => [
              entry.criterion,
              (entry.override ?? entry.derived) + (index === criterion ? increase : 0),
            ]),
          );
          const after = evaluate({ ...profile, weightOverrides: raised }, catalog, quick);
          for (const a of before.ranking) {
            for (const b of before.ranking) {
              const ratingGap = a.contributions[criterion]!.adjustedRating - b.contributions[criterion]!.adjustedRating;
              if (ratingGap < 0) continue;
              const gapBefore = a.score - b.score;
              const gapAfter = option(after, a.option).score - option(after, b.option).score;
              expect(gapAfter).toBeGreaterThanOrEqual(Math.min(gapBefore, 0) - tolerance);
              if (10 * ratingGap >= gapBefore) expect(gapAfter).toBeGreaterThanOrEqual(gapBefore - tolerance);
            }
          }
        },
      ),
    );
  });

  it('keeps the winner best everywhere inside a stability interval and hands over past its bounds', () => {
    fc.assert(
      fc.property(
        catalogs,
        profiles,
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (catalog, profile, criterion, position) => {
          const base = evaluate(profile, catalog, quick);
          const winner = base.recommendation.winner;
          const { low, high, weight, takesOverBelow, takesOverAbove } = base.sensitivity[criteria[criterion]!];
          expect(low).toBeLessThanOrEqual(weight);
          expect(high).toBeGreaterThanOrEqual(weight);
          expect(takesOverBelow === null).toBe(low === 0);
          expect(takesOverAbove === null).toBe(high === 1);
          const at = (t: number) => {
            const evaluation = evaluate({ ...profile, weightOverrides: overridesForWeight(base, criterion, t) }, catalog, quick);
            expect(evaluation.weights[criteria[criterion]!]).toBeCloseTo(t, 9);
            return evaluation;
          };

          const inside = at(low + position * (high - low));
          expect(option(inside, winner).score).toBeGreaterThanOrEqual(bestFeasibleScore(inside) - tolerance);
          if (takesOverBelow !== null) {
            const below = at(low * Math.min(position, 0.9));
            expect(option(below, takesOverBelow).score).toBeGreaterThan(option(below, winner).score);
          }
          if (takesOverAbove !== null) {
            const above = at(high + (1 - high) * Math.max(position, 0.1));
            expect(option(above, takesOverAbove).score).toBeGreaterThan(option(above, winner).score);
          }
        },
      ),
    );
  });

  it('gives an identical, plain-JSON evaluation for the same profile, catalogue and seed', () => {
    fc.assert(
      fc.property(catalogs, profiles, fc.integer({ min: 0, max: 2 ** 31 }), (catalog, profile, seed) => {
        const first = evaluate(profile, catalog, { samples: 300, seed });
        const again = evaluate(structuredClone(profile), structuredClone(catalog), { samples: 300, seed });
        expect(again).toStrictEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toStrictEqual(first);
      }),
      { numRuns: 50 },
    );
  });

  it('simulates only for a recommendation to rate when asked to: the full evaluation if recommended, else the one without draws', () => {
    const statuses = new Set<string>();
    fc.assert(
      fc.property(catalogs, profiles, fc.integer({ min: 0, max: 2 ** 31 }), (catalog, profile, seed) => {
        const listed = evaluate(profile, catalog, { samples: 300, seed, simulate: 'when-recommended' });
        const recommended = listed.recommendation.status === 'recommended';
        statuses.add(listed.recommendation.status);
        expect(listed).toStrictEqual(evaluate(profile, catalog, { samples: recommended ? 300 : 0, seed }));
      }),
      { numRuns: 80 },
    );
    expect(statuses.has('recommended') && statuses.size > 1).toBe(true);
    // Settings are checked whether or not the simulation runs.
    expect(() => evaluate(makeProfile({}, {}), fixtureCatalog, { samples: -1, simulate: 'when-recommended' })).toThrow(RangeError);
  });

  it('shares the wins among feasible options only, summing to 1', () => {
    fc.assert(
      fc.property(catalogs, profiles, fc.integer({ min: 1, max: 400 }), (catalog, profile, samples) => {
        const { ranking } = evaluate(profile, catalog, { samples });
        // With every option ruled out, the simulation compares all of them.
        const open = ranking.filter((entry) => !entry.ruledOut);
        const feasible = open.length > 0 ? open : ranking;
        expect(Math.abs(feasible.reduce((total, entry) => total + entry.winProbability!, 0) - 1)).toBeLessThan(1e-9);
        if (open.length > 0) expect(ranking.filter((entry) => entry.ruledOut).every((entry) => entry.winProbability === 0)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('never lowers the rank of the option best on a criterion when that criterion’s weight is raised', () => {
    // Raising weight c moves every score gap A − B towards 10·(r_c(A) − r_c(B)). For the option best on c that
    // target is ≥ 0: it never falls behind an option it was level with or ahead of, and its own score never
    // drops when its rating on c is at least its current average (score / 10).
    fc.assert(
      fc.property(catalogs, profiles, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 50 }), (catalog, profile, c, increase) => {
        const before = evaluate(profile, catalog, quick);
        const raised = Object.fromEntries(
          before.weightProvenance.map((entry, index) => [entry.criterion, (entry.override ?? entry.derived) + (index === c ? increase : 0)]),
        );
        const after = evaluate({ ...profile, weightOverrides: raised }, catalog, quick);
        const feasible = before.ranking.filter((entry) => !entry.ruledOut);
        const top = Math.max(...feasible.map((entry) => entry.contributions[c]!.adjustedRating));
        for (const best of feasible.filter((entry) => entry.contributions[c]!.adjustedRating === top)) {
          const scoreAfter = option(after, best.option).score;
          if (10 * top >= best.score) expect(scoreAfter).toBeGreaterThanOrEqual(best.score - tolerance);
          for (const other of feasible) {
            if (best.score - other.score >= -tolerance) expect(scoreAfter - option(after, other.option).score).toBeGreaterThanOrEqual(-tolerance);
          }
        }
      }),
    );
  });

  it('never reorders the other options when an answer only rules one out', () => {
    // host-access: privileged rules out the container; virtualization: not-available the vm. Neither moves a weight
    // or a rating, so the remaining options keep their scores and their order by score.
    const ruleOnly = fc.constantFrom(['host-access', 'privileged', 'container'], ['virtualization', 'not-available', 'vm']);
    fc.assert(
      fc.property(catalogs, profiles, ruleOnly, (catalog, profile, [question, answer, excluded]) => {
        const rest = Object.fromEntries(Object.entries(profile.answers).filter(([id]) => id !== question));
        const before = evaluate({ ...profile, answers: rest }, catalog, quick);
        const after = evaluate({ ...profile, answers: { ...rest, [question]: answer } }, catalog, quick);
        expect(option(after, excluded).ruledOut).toBe(true);
        const others = (evaluation: Evaluation) => evaluation.ranking.filter((entry) => entry.option !== excluded && !entry.ruledOut);
        expect(others(after).map((entry) => entry.option).sort()).toEqual(others(before).map((entry) => entry.option).sort());
        for (const entry of others(after)) expect(entry.score).toBeCloseTo(option(before, entry.option).score, 9);
        // Order by score is kept; only options tied on score may be re-broken by TOPSIS among the new field.
        const scores = (evaluation: Evaluation) => others(evaluation).map((entry) => entry.score);
        expect(scores(after)).toEqual(scores(before));
        const strictOrder = (evaluation: Evaluation) =>
          others(evaluation).filter((entry, _, list) => list.filter((o) => Math.abs(o.score - entry.score) <= tolerance).length === 1).map((e) => e.option);
        expect(strictOrder(after)).toEqual(strictOrder(before));
      }),
    );
  });

  it('gives the same results whatever the order of the options in the catalogue', () => {
    fc.assert(
      fc.property(
        catalogs,
        profiles,
        fc.constantFrom([0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]),
        (catalog, profile, order) => {
          const shuffled = { ...catalog, options: order.map((index) => catalog.options[index]!) };
          const a = evaluate(profile, catalog, quick);
          const b = evaluate(profile, shuffled, quick);
          for (const entry of a.ranking) {
            const other = option(b, entry.option);
            expect(other.score).toBeCloseTo(entry.score, 9);
            expect(other.ruledOut).toBe(entry.ruledOut);
            if (entry.topsis === null) expect(other.topsis).toBeNull();
            else expect(other.topsis!).toBeCloseTo(entry.topsis, 9);
            if (entry.promethee === null) expect(other.promethee).toBeNull();
            else expect(other.promethee!).toBeCloseTo(entry.promethee, 9);
          }
          expect(b.recommendation.status).toBe(a.recommendation.status);
          // The winner is the same unless the runner-up ties it on score and TOPSIS, where catalogue order decides.
          const [first, second] = a.ranking;
          const fullTie =
            second !== undefined &&
            second.ruledOut === first!.ruledOut &&
            Math.abs(first!.score - second.score) <= tolerance &&
            Math.abs((first!.topsis ?? 0) - (second.topsis ?? 0)) <= tolerance;
          if (!fullTie) expect(b.recommendation.winner).toBe(a.recommendation.winner);
        },
      ),
    );
  });

  it('never gives an empty profile a confident recommendation on the shipped catalogue, whatever the seed', () => {
    const empty = { ...makeProfile(), catalogVersion: shipped.version };
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (seed) => {
        const { recommendation } = evaluate(empty, shipped, { samples: 200, seed });
        expect(recommendation.status).toBe('insufficient-answers');
        expect(recommendation.confidence).toBeNull();
      }),
      { numRuns: 20 },
    );
  });
});
