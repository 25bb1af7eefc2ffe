import type { HostingOption } from '../catalog/types';
import type { RatedOption } from './ratings';
import type { Contribution, RankedOption } from './types';

/** An option with its weighted-sum score on the 0–100 scale and the contributions that make it up. */
export interface ScoredOption {
  option: HostingOption;
  score: number;
  contributions: Contribution[];
  ruleOuts: RankedOption['ruleOuts'];
}

export function scoreOptions(rated: readonly RatedOption[], weights: readonly number[]): ScoredOption[] {
  return rated.map(({ option, ratings, ruleOuts }) => {
    const contributions = ratings.map(({ criterion, rating, adjustedRating, range, adjustments }, index) => {
      const weight = weights[index]!;
      return { criterion, rating, adjustedRating, range, adjustments, weight, points: pointsOf(weight, adjustedRating) };
    });
    return { option, score: weightedScore(ratings.map((rating) => rating.adjustedRating), weights), contributions, ruleOuts };
  });
}

/** The score of adjusted ratings (catalogue criterion order): the sum of their points. */
export function weightedScore(ratings: readonly number[], weights: readonly number[]): number {
  let total = 0;
  for (let index = 0; index < ratings.length; index++) total += pointsOf(weights[index]!, ratings[index]!);
  // Normalized weights may sum to 1 + ε: keep the score inside its documented range.
  return Math.min(100, total);
}

/** What a criterion adds to the 0–100 score. */
function pointsOf(weight: number, rating: number): number {
  return weight * rating * 10;
}

export function isFeasible(option: Pick<ScoredOption, 'ruleOuts'>): boolean {
  return option.ruleOuts.length === 0;
}

/** Adjusted ratings in catalogue criterion order. */
export function ratingsOf(option: Pick<ScoredOption, 'contributions'>): number[] {
  return option.contributions.map((contribution) => contribution.adjustedRating);
}
