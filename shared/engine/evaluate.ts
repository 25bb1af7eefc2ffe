import type { Catalog, CriterionId } from '../catalog/types';
import type { Profile } from '../profile';
import { assess, leaderOf } from './assess';
import { winProbabilities, type SimulationSettings } from './monte-carlo';
import type { RankedCandidate } from './ranking';
import { indexRatings, ruleRef } from './ratings';
import { recommend, statusOf, type AssessedOption } from './recommendation';
import { isFeasible, ratingsOf } from './scoring';
import { stabilityIntervals, type Contender } from './sensitivity';
import type { EvaluateOptions, Evaluation, Recommendation, RankedOption } from './types';
import { valueOfInformation } from './value-of-information';

const defaults: SimulationSettings = { samples: 10_000, seed: 1, concentration: 40 };

/** Scores, ranks and explains every hosting option for one workload profile. Pure and deterministic. */
export function evaluate(profile: Profile, catalog: Catalog, options: EvaluateOptions = {}): Evaluation {
  const lookup = indexRatings(catalog);
  const assessment = assess(catalog, profile.answers, profile.weightOverrides, lookup);
  const { resolved, weights, active, ranked } = assessment;
  const leader = leaderOf(assessment);
  // With every option ruled out, the comparison is among all of them: the report still explains each.
  const field = leader ? ranked.filter(isFeasible) : ranked;
  const answerFirst = valueOfInformation(catalog, profile, assessment);
  // The status does not depend on the simulation: it says whether there is a recommendation to rate.
  const asked = simulationSettings(options);
  const unrated = options.simulate === 'when-recommended' && statusOf(ranked[0]!, answerFirst) !== 'recommended';
  const settings = unrated ? { ...asked, samples: 0 } : asked;
  const assessed = withWinProbabilities(ranked, field, weights.values, settings);
  const recommendation = recommend(assessed, {
    profileName: profile.name,
    samples: settings.samples,
    glossary: { criteria: catalog.criteria, ratings: lookup, questions: catalog.questions },
    answerFirst,
    notes: active.filter((entry) => entry.rule.effect.kind === 'note').map(ruleRef),
  });
  const criteria = catalog.criteria.map((criterion) => criterion.id);
  const [winner, ...rivals] = field.map(toContender);
  return {
    profileId: profile.id,
    name: profile.name,
    catalogVersion: catalog.version,
    weights: byCriterion(criteria, weights.values),
    weightProvenance: weights.provenance,
    ranking: assessed.map((option, index) => toRankedOption(option, index + 1, recommendation)),
    recommendation,
    sensitivity: byCriterion(criteria, stabilityIntervals(criteria, weights.values, winner!, rivals)),
    monteCarlo: { ...settings, varies: ['weights', 'ratings'] },
    answerFirst,
    ignoredAnswers: resolved.ignored,
    houseRules: null,
  };
}

function simulationSettings(options: EvaluateOptions): SimulationSettings {
  const settings = {
    samples: options.samples ?? defaults.samples,
    seed: options.seed ?? defaults.seed,
    concentration: options.concentration ?? defaults.concentration,
  };
  if (!Number.isSafeInteger(settings.samples) || settings.samples < 0) {
    throw new RangeError(`Monte Carlo samples must be a whole number ≥ 0, not ${settings.samples}.`);
  }
  if (!Number.isSafeInteger(settings.seed)) throw new RangeError(`The seed must be a whole number, not ${settings.seed}.`);
  if (!(settings.concentration > 0 && Number.isFinite(settings.concentration))) {
    throw new RangeError(`The Dirichlet concentration must be a positive number, not ${settings.concentration}.`);
  }
  return settings;
}

function toContender(option: RankedCandidate): Contender {
  return { option: option.option.id, ratings: ratingsOf(option) };
}

function withWinProbabilities(
  ranked: readonly RankedCandidate[],
  field: readonly RankedCandidate[],
  weights: readonly number[],
  settings: SimulationSettings,
): AssessedOption[] {
  if (settings.samples === 0) return ranked.map((option) => ({ ...option, winProbability: null }));
  const shares = winProbabilities(
    field.map((option) => option.contributions.map((contribution) => contribution.range)),
    weights,
    settings,
  );
  const shareByOption = new Map(field.map((option, index) => [option.option.id, shares[index]!]));
  // Options outside the field take part in no draw, so they win none.
  return ranked.map((option) => ({ ...option, winProbability: shareByOption.get(option.option.id) ?? 0 }));
}

function toRankedOption(option: AssessedOption, rank: number, recommendation: Recommendation): RankedOption {
  const whyNot = recommendation.whyNot.find((entry) => entry.option === option.option.id);
  return {
    option: option.option.id,
    rank,
    score: option.score,
    topsis: option.topsis,
    promethee: option.promethee,
    winProbability: option.winProbability,
    ruledOut: !isFeasible(option),
    reason: whyNot?.reason ?? null,
    ruleOuts: option.ruleOuts,
    contributions: option.contributions,
  };
}

/** A record keyed by the catalogue's criteria (all of CriterionId for the shipped catalogue). */
function byCriterion<T>(criteria: readonly CriterionId[], values: readonly T[]): Record<CriterionId, T> {
  return Object.fromEntries(criteria.map((criterion, index) => [criterion, values[index]!])) as Record<CriterionId, T>;
}
