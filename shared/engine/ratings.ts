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

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The rule and the answers behind an effect; questionId/answerId name the first answer, as in catalogue v1. */
export function ruleRef({ rule, because }: ActiveRule): RuleRef {
  const first = because[0] ?? { questionId: '', answerId: '' };
  return { questionId: first.questionId, answerId: first.answerId, rule: rule.id, reason: rule.reason, because };
}

/** The range moved by the answers' adjustments, kept on the 0–10 scale. */
function shifted(range: Range, delta: number): Range {
  return { low: clamp(range.low + delta, 0, 10), likely: clamp(range.likely + delta, 0, 10), high: clamp(range.high + delta, 0, 10) };
}

function ratingKey(option: OptionId, criterion: CriterionId): string {
  return `${option}\u0000${criterion}`;
}
