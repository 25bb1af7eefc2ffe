import type { Catalog, CriterionId } from '../catalog/types';
import type { Profile } from '../profile';
import { resolveAnswers } from './answers';
import { winProbabilities, type SimulationSettings } from './monte-carlo';
import { rankOptions, type RankedCandidate } from './ranking';
import { indexRatings, rateOptions } from './ratings';
import { recommend, type AssessedOption } from './recommendation';
import { isFeasible, ratingsOf, scoreOptions } from './scoring';
import { stabilityIntervals, type Contender } from './sensitivity';
import type { EvaluateOptions, Evaluation, Recommendation, RankedOption } from './types';
import { deriveWeights } from './weights';

const defaults: SimulationSettings = { samples: 10_000, seed: 1, concentration: 40 };

/** Scores, ranks and explains every hosting option for one workload profile. Pure and deterministic. */
export function evaluate(profile: Profile, catalog: Catalog, options: EvaluateOptions = {}): Evaluation {
  const settings = simulationSettings(options);
  const { chosen, ignored } = resolveAnswers(profile.answers, catalog);
  const weights = deriveWeights(catalog, chosen, profile.weightOverrides);
  const ratings = indexRatings(catalog);
  const ranked = rankOptions(scoreOptions(rateOptions(catalog, chosen, ratings), weights.values), weights.values);
  const contenders = ranked.filter(isFeasible).map(toContender);
  const [winner, ...rivals] = contenders;
  const assessed = withWinProbabilities(ranked, contenders, weights.values, settings);
  const recommendation = recommend(assessed, {
    profileName: profile.name,
    samples: settings.samples,
    glossary: { criteria: catalog.criteria, ratings },
  });
  const criteria = catalog.criteria.map((criterion) => criterion.id);
  return {
    profileId: profile.id,
    name: profile.name,
    catalogVersion: catalog.version,
    weights: byCriterion(criteria, weights.values),
    weightProvenance: weights.provenance,
    ranking: assessed.map((option, index) => toRankedOption(option, index + 1, recommendation)),
    recommendation,
    sensitivity: byCriterion(criteria, stabilityIntervals(criteria, weights.values, winner!, rivals)),
    monteCarlo: settings,
    ignoredAnswers: ignored,
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
  contenders: readonly Contender[],
  weights: readonly number[],
  settings: SimulationSettings,
): AssessedOption[] {
  if (settings.samples === 0) return ranked.map((option) => ({ ...option, winProbability: null }));
  const shares = winProbabilities(
    contenders.map((contender) => contender.ratings),
    weights,
    settings,
  );
  const shareByOption = new Map(contenders.map((contender, index) => [contender.option, shares[index]!]));
  // Ruled-out options take part in no draw, so they win none.
  return ranked.map((option) => ({ ...option, winProbability: shareByOption.get(option.option.id) ?? 0 }));
}

function toRankedOption(option: AssessedOption, rank: number, recommendation: Recommendation): RankedOption {
  const whyNot = recommendation.whyNot.find((entry) => entry.option === option.option.id);
  return {
    option: option.option.id,
    rank,
    score: option.score,
    topsis: option.topsis,
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
