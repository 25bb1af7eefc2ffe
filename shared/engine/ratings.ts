import type { Catalog, CriterionId, HostingOption, OptionId, Rating } from '../catalog/types';
import { effectsOf, type ChosenAnswer } from './answers';
import { clamp, sum } from './math';
import type { Contribution, RankedOption } from './types';

export type RatingLookup = (option: OptionId, criterion: CriterionId) => Rating;
export type AdjustedRating = Omit<Contribution, 'weight' | 'points'>;

/** An option with its ratings adjusted to this profile (catalogue criterion order) and what rules it out. */
export interface RatedOption {
  option: HostingOption;
  ratings: AdjustedRating[];
  ruleOuts: RankedOption['ruleOuts'];
}

export function indexRatings(catalog: Catalog): RatingLookup {
  const byKey = new Map(catalog.ratings.map((rating) => [ratingKey(rating.option, rating.criterion), rating]));
  return (option, criterion) => {
    const rating = byKey.get(ratingKey(option, criterion));
    if (!rating) throw new Error(`The catalogue has no rating of option "${option}" on criterion "${criterion}".`);
    return rating;
  };
}

export function rateOptions(catalog: Catalog, chosen: readonly ChosenAnswer[], lookup: RatingLookup): RatedOption[] {
  const ratingEffects = effectsOf(chosen, (answer) => answer.ratings);
  const ruleOuts = effectsOf(chosen, (answer) => answer.ruleOut);
  return catalog.options.map((option) => ({
    option,
    ratings: catalog.criteria.map((criterion) => {
      const rating = lookup(option.id, criterion.id);
      const adjustments = ratingEffects
        .filter(({ effect }) => effect.option === option.id && effect.criterion === criterion.id)
        .map(({ from, effect }) => ({ ...from, delta: effect.delta, reason: effect.reason }));
      const adjustedRating = clamp(rating.score + sum(adjustments.map((adjustment) => adjustment.delta)), 0, 10);
      return { criterion: criterion.id, rating: rating.score, adjustedRating, adjustments };
    }),
    ruleOuts: ruleOuts
      .filter(({ effect }) => effect.option === option.id)
      .map(({ from, effect }) => ({ ...from, reason: effect.reason })),
  }));
}

function ratingKey(option: OptionId, criterion: CriterionId): string {
  return `${option}\u0000${criterion}`;
}
