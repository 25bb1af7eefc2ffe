import { strongestReasons, whyNot, type Glossary } from './explain';
import { topsisFavourite, type RankedCandidate } from './ranking';
import { isFeasible } from './scoring';
import { summarize } from './summary';
import type { Confidence, Recommendation } from './types';

export interface AssessedOption extends RankedCandidate {
  winProbability: number | null;
}

export interface RecommendationContext {
  profileName: string;
  samples: number;
  glossary: Glossary;
}

/** The recommendation drawn from the ranking (best first, at least one feasible option). */
export function recommend(
  ranked: readonly AssessedOption[],
  { profileName, samples, glossary }: RecommendationContext,
): Recommendation {
  const winner = ranked[0]!;
  const others = ranked.slice(1);
  const runnerUp = others.find(isFeasible) ?? null;
  const margin = runnerUp ? winner.score - runnerUp.score : null;
  const confidence = winner.winProbability === null ? null : confidenceOf(winner.winProbability);
  const reasons = strongestReasons(winner, runnerUp, glossary);
  const favourite = topsisFavourite(ranked);
  const summary = summarize({
    profileName,
    winner,
    winProbability: winner.winProbability,
    confidence,
    samples,
    runnerUp,
    margin,
    reasons,
    topsisFavourite: favourite,
    ruledOut: others.filter((option) => !isFeasible(option)),
    criteria: glossary.criteria,
  });
  return {
    winner: winner.option.id,
    runnerUp: runnerUp?.option.id ?? null,
    margin,
    confidence,
    winProbability: winner.winProbability,
    reasons,
    whyNot: others.map((option) => ({ option: option.option.id, reason: whyNot(option, winner, glossary) })),
    methodsAgree: favourite === winner,
    summary,
  };
}

export function confidenceOf(winProbability: number): Confidence {
  if (winProbability >= 0.9) return 'high';
  return winProbability >= 0.7 ? 'moderate' : 'low';
}
