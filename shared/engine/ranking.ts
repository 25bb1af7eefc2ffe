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

/** What places an option in the ranking. A list of standings is in catalogue order, the last tie-break. */
export interface Standing {
  feasible: boolean;
  score: number;
  /** TOPSIS closeness among the feasible options; null when ruled out. Consulted only between tied scores. */
  topsis: number | null;
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
  const candidates = scored.map((option) => {
    const index = feasible.indexOf(option);
    return { ...option, topsis: index === -1 ? null : closeness[index]!, promethee: index === -1 ? null : flows[index]! };
  });
  const standings = candidates.map((option) => ({ feasible: isFeasible(option), score: option.score, topsis: option.topsis }));
  return inRankOrder(standings).map((index) => candidates[index]!);
}

/** The positions of `standings`, best first: the one order the ranking and every what-if share. */
function inRankOrder(standings: readonly Standing[]): number[] {
  return standings.map((_, index) => index).sort((a, b) => compareStandings(standings[a]!, standings[b]!) || a - b);
}

/** The position of the leading standing, or null when every option is ruled out. */
export function leadingIndex(standings: readonly Standing[]): number | null {
  const first = inRankOrder(standings)[0]!;
  return standings[first]!.feasible ? first : null;
}

function compareStandings(a: Standing, b: Standing): number {
  return Number(!a.feasible) - Number(!b.feasible) || descending(a.score, b.score) || descending(a.topsis ?? 0, b.topsis ?? 0);
}

/** The feasible option a method likes best; ties go to the better-ranked one. */
export function favouriteBy(ranked: readonly RankedCandidate[], value: (option: RankedCandidate) => number | null): RankedCandidate {
  return ranked.reduce((best, option) => ((value(option) ?? -Infinity) > (value(best) ?? -Infinity) + TOLERANCE ? option : best));
}
