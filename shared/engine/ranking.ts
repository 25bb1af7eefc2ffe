import { descending, TOLERANCE } from './math';
import { prometheeNetFlows } from './promethee';
import { isFeasible, ratingsOf, type ScoredOption } from './scoring';
import { topsisCloseness } from './topsis';

export interface RankedCandidate extends ScoredOption {
  /** TOPSIS closeness among the feasible options; null when ruled out. */
  topsis: number | null;
  /** PROMETHEE II net flow among the feasible options; null when ruled out. */
  promethee: number | null;
}

/**
 * Feasible options by score (ties: TOPSIS, then catalogue order), then the ruled-out ones by score.
 * When the answers rule out every option, all of them are ranked by score alone.
 */
export function rankOptions(scored: readonly ScoredOption[], weights: readonly number[]): RankedCandidate[] {
  const feasible = scored.filter(isFeasible);
  const rows = feasible.map(ratingsOf);
  const closeness = topsisCloseness(rows, weights);
  const flows = prometheeNetFlows(rows, weights);
  return scored
    .map((option) => {
      const index = feasible.indexOf(option);
      return { ...option, topsis: index === -1 ? null : closeness[index]!, promethee: index === -1 ? null : flows[index]! };
    })
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

/** The feasible option a method likes best; ties go to the better-ranked one. */
export function favouriteBy(ranked: readonly RankedCandidate[], value: (option: RankedCandidate) => number | null): RankedCandidate {
  return ranked.reduce((best, option) => ((value(option) ?? -Infinity) > (value(best) ?? -Infinity) + TOLERANCE ? option : best));
}
