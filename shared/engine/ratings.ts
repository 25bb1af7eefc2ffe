import type { Catalog, CriterionId, HostingOption, OptionId, Range, Rating } from '../catalog/types';
import { clamp, sum } from './math';
import type { ActiveRule } from './rules';
import type { Contribution, RankedOption, RuleRef } from './types';

export type RatingLookup = (option: OptionId, criterion: CriterionId) => Rating;
export type AdjustedRating = Omit<Contribution, 'weight' | 'points'>;

/** An option with its ratings adjusted to this profile (catalogue criterion order) and what rules it out. */
export interface RatedOption {
  option: HostingOption;
  ratings: AdjustedRating[];
  ruleOuts: RankedOption['ruleOuts'];
}

export function indexRatings(catalog: Pick<Catalog, 'ratings'>): RatingLookup {
  const byKey = new Map(catalog.ratings.map((rating) => [ratingKey(rating.option, rating.criterion), rating]));
  return (option, criterion) => {
    const rating = byKey.get(ratingKey(option, criterion));
    if (!rating) throw new Error(`The catalogue has no rating of option "${option}" on criterion "${criterion}".`);
    return rating;
  };
}

export function rateOptions(catalog: Pick<Catalog, 'options' | 'criteria'>, active: readonly ActiveRule[], lookup: RatingLookup): RatedOption[] {
  return catalog.options.map((option) => ({
    option,
    ratings: catalog.criteria.map((criterion) => {
      const rating = lookup(option.id, criterion.id);
      const adjustments = active.flatMap((entry) => {
        const { effect } = entry.rule;
        if (effect.kind !== 'rating' || effect.criterion !== criterion.id || !effect.options.includes(option.id)) return [];
        return [{ ...ruleRef(entry), delta: effect.delta }];
      });
      const range = shifted(rating, sum(adjustments.map((adjustment) => adjustment.delta)));
      return { criterion: criterion.id, rating: rating.likely, adjustedRating: range.likely, range, adjustments };
    }),
    ruleOuts: active.flatMap((entry) => {
      const { effect } = entry.rule;
      return effect.kind === 'rule-out' && effect.options.includes(option.id) ? [ruleRef(entry)] : [];
    }),
  }));
}

/** The rule and the answers behind an effect; questionId/answerId name the first answer, as in catalogue v1. */
export function ruleRef({ rule, because }: ActiveRule): RuleRef {
  const first = because[0] ?? { questionId: '', answerId: '' };
  return { ...first, rule: rule.id, reason: rule.reason, because };
}

/** The range moved by the answers' adjustments, kept on the 0–10 scale. */
function shifted(range: Range, delta: number): Range {
  return { low: clamp(range.low + delta, 0, 10), likely: clamp(range.likely + delta, 0, 10), high: clamp(range.high + delta, 0, 10) };
}

function ratingKey(option: OptionId, criterion: CriterionId): string {
  return `${option}\u0000${criterion}`;
}
