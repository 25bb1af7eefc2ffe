import { strongestReasons, whyNot, type Glossary } from './explain';
import { favouriteBy, type RankedCandidate } from './ranking';
import { isFeasible } from './scoring';
import { summarize } from './summary';
import type { Confidence, MethodFavourites, QuestionValue, Recommendation, RecommendationStatus, RuleRef } from './types';

export interface AssessedOption extends RankedCandidate {
  winProbability: number | null;
}

export interface RecommendationContext {
  profileName: string;
  samples: number;
  glossary: Glossary;
  answerFirst: readonly QuestionValue[];
  notes: RuleRef[];
}

const levels: readonly Confidence[] = ['high', 'moderate', 'low'];

/** The recommendation drawn from the ranking (best first). */
export function recommend(ranked: readonly AssessedOption[], context: RecommendationContext): Recommendation {
  const { glossary, answerFirst } = context;
  const winner = ranked[0]!;
  const others = ranked.slice(1);
  const runnerUp = isFeasible(winner) ? (others.find(isFeasible) ?? null) : (others[0] ?? null);
  // Scores within float noise of each other tie and the tie-break decides, so the lead never reads below 0.
  const margin = runnerUp ? Math.max(0, winner.score - runnerUp.score) : null;
  const methods = methodFavourites(ranked);
  const disagreeing = [methods.topsis, methods.promethee].filter((favourite) => favourite !== winner.option.id).length;
  const status = statusOf(winner, answerFirst);
  const confidence = status === 'recommended' && winner.winProbability !== null ? confidenceOf(winner.winProbability, disagreeing) : null;
  const reasons = strongestReasons(winner, runnerUp, glossary);
  const summary = summarize({
    ...context,
    status,
    winner,
    confidence,
    runnerUp,
    margin,
    reasons,
    methods,
    ranked,
    ruledOut: others.filter((option) => !isFeasible(option)),
  });
  return {
    status,
    winner: winner.option.id,
    runnerUp: runnerUp?.option.id ?? null,
    margin,
    confidence,
    winProbability: winner.winProbability,
    reasons,
    whyNot: others.map((option) => ({ option: option.option.id, reason: whyNot(option, winner, glossary) })),
    methodsAgree: disagreeing === 0,
    methods,
    notes: context.notes,
    summary,
  };
}

/** Whether the leader is recommended, or what keeps it from being: no feasible option, or answers still needed. */
export function statusOf(winner: RankedCandidate, answerFirst: readonly QuestionValue[]): RecommendationStatus {
  if (!isFeasible(winner)) return 'no-feasible-option';
  const open = answerFirst.some((value) => value.required || (value.decisive && value.changesLeader > 0));
  return open ? 'insufficient-answers' : 'recommended';
}

function methodFavourites(ranked: readonly RankedCandidate[]): MethodFavourites {
  const field = isFeasible(ranked[0]!) ? ranked.filter(isFeasible) : ranked;
  return {
    weightedSum: field[0]!.option.id,
    topsis: favouriteBy(field, (option) => option.topsis).option.id,
    promethee: favouriteBy(field, (option) => option.promethee).option.id,
  };
}

/** High ≥ 0.9, moderate ≥ 0.7, low below; one level lower for each other method that prefers another option. */
export function confidenceOf(winProbability: number, disagreeingMethods: number): Confidence {
  const level = winProbability >= 0.9 ? 0 : winProbability >= 0.7 ? 1 : 2;
  return levels[Math.min(2, level + disagreeingMethods)]!;
}
