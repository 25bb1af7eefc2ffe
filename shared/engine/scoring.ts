import type { HostingOption } from '../catalog/types';
import { sum } from './math';
import type { RatedOption } from './ratings';
import type { Contribution, RankedOption } from './types';

/** An option with its weighted-sum score on the 0–100 scale and the contributions that make it up. */
export interface ScoredOption {
  option: HostingOption;
  /** Position in the catalogue: the last tie-break. */
  catalogIndex: number;
  score: number;
  contributions: Contribution[];
  ruleOuts: RankedOption['ruleOuts'];
}

export function scoreOptions(rated: readonly RatedOption[], weights: readonly number[]): ScoredOption[] {
  return rated.map(({ option, ratings, ruleOuts }, catalogIndex) => {
    const contributions = ratings.map(({ criterion, rating, adjustedRating, range, adjustments }, index) => {
      const weight = weights[index]!;
      return { criterion, rating, adjustedRating, range, adjustments, weight, points: weight * adjustedRating * 10 };
    });
    // Normalized weights may sum to 1 + ε: keep the score inside its documented range.
    const score = Math.min(100, sum(contributions.map((contribution) => contribution.points)));
    return { option, catalogIndex, score, contributions, ruleOuts };
  });
}

export function isFeasible(option: Pick<ScoredOption, 'ruleOuts'>): boolean {
  return option.ruleOuts.length === 0;
}

/** Adjusted ratings in catalogue criterion order. */
export function ratingsOf(option: Pick<ScoredOption, 'contributions'>): number[] {
  return option.contributions.map((contribution) => contribution.adjustedRating);
}
