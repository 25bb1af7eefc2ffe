import type { Catalog, CriterionId, HostingOption, OptionId, Range, Rating, Rule } from '../catalog/types';
import { append } from './collections';
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
  const adjustmentsByCell = new Map<string, Contribution['adjustments']>();
  const ruleOutsByOption = new Map<OptionId, RuleRef[]>();
  for (const entry of active) {
    const { effect } = entry.rule;
    if (effect.kind === 'note') continue;
    const ref = ruleRef(entry);
    for (const option of effect.options) {
      if (effect.kind === 'rule-out') append(ruleOutsByOption, option, ref);
      else append(adjustmentsByCell, ratingKey(option, effect.criterion), { ...ref, delta: effect.delta });
    }
  }
  return catalog.options.map((option) => ({
    option,
    ratings: catalog.criteria.map((criterion) => {
      const rating = lookup(option.id, criterion.id);
      const adjustments = adjustmentsByCell.get(ratingKey(option.id, criterion.id)) ?? [];
      const range = shifted(rating, sum(adjustments.map((adjustment) => adjustment.delta)));
      return { criterion: criterion.id, rating: rating.likely, adjustedRating: range.likely, range, adjustments };
    }),
    ruleOuts: ruleOutsByOption.get(option.id) ?? [],
  }));
}

/**
 * The likely ratings alone (options and criteria in catalogue order) with other rules in force (catalogue
 * order): the numbers rateOptions would adjust `rated`'s catalogue ratings to, without the explanations.
 */
export function likelyRatingsUnder(rated: readonly RatedOption[], rules: readonly Rule[]): number[][] {
  const criteria = rated[0]!.ratings.map((rating) => rating.criterion);
  const options = rated.map((entry) => entry.option.id);
  const totals = rated.map(() => criteria.map(() => 0));
  for (const { effect } of rules) {
    if (effect.kind !== 'rating') continue;
    const criterion = criteria.indexOf(effect.criterion);
    for (const option of effect.options) {
      const row = totals[options.indexOf(option)];
      // Like rateOptions, an effect on a cell the catalogue does not rate changes nothing.
      if (row && criterion !== -1) row[criterion]! += effect.delta;
    }
  }
  return rated.map((entry, option) => entry.ratings.map((rating, criterion) => onScale(rating.rating + totals[option]![criterion]!)));
}

/** The rule and the answers behind an effect; questionId/answerId name the first answer, as in catalogue v1. */
export function ruleRef({ rule, because }: ActiveRule): RuleRef {
  const first = because[0] ?? { questionId: '', answerId: '' };
  return { questionId: first.questionId, answerId: first.answerId, rule: rule.id, reason: rule.reason, because };
}

/** The range moved by the answers' adjustments, kept on the 0–10 scale. */
function shifted(range: Range, delta: number): Range {
  return { low: onScale(range.low + delta), likely: onScale(range.likely + delta), high: onScale(range.high + delta) };
}

function onScale(rating: number): number {
  return clamp(rating, 0, 10);
}

function ratingKey(option: OptionId, criterion: CriterionId): string {
  return `${option}\u0000${criterion}`;
}
