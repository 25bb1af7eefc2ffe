import { descending, TOLERANCE } from './math';
import { isFeasible, ratingsOf, type ScoredOption } from './scoring';
import { topsisCloseness } from './topsis';

export interface RankedCandidate extends ScoredOption {
  /** TOPSIS closeness among the feasible options; null when ruled out. */
  topsis: number | null;
}

/**
 * Feasible options by score (ties: TOPSIS, then catalogue order), then the ruled-out ones by score.
 * Throws when every option is ruled out: the catalogue promises that never happens.
 */
export function rankOptions(scored: readonly ScoredOption[], weights: readonly number[]): RankedCandidate[] {
  const feasible = scored.filter(isFeasible);
  if (feasible.length === 0) {
    throw new Error(
      'Every hosting option is ruled out by this profile’s answers; the catalogue must leave at least one option open.',
    );
  }
  const closeness = topsisCloseness(feasible.map(ratingsOf), weights);
  return scored
    .map((option) => ({ ...option, topsis: isFeasible(option) ? closeness[feasible.indexOf(option)]! : null }))
    .sort(compareCandidates);
}

function compareCandidates(a: RankedCandidate, b: RankedCandidate): number {
  return (
    Number(!isFeasible(a)) - Number(!isFeasible(b)) ||
    descending(a.score, b.score) ||
    descending(a.topsis ?? 0, b.topsis ?? 0) ||
    a.catalogIndex - b.catalogIndex
  );
}

/** The feasible option TOPSIS likes best; ties go to the better-ranked one. */
export function topsisFavourite(ranked: readonly RankedCandidate[]): RankedCandidate {
  return ranked.reduce((best, option) => ((option.topsis ?? 0) > (best.topsis ?? 0) + TOLERANCE ? option : best));
}
