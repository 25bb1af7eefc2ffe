import type { CriterionId, OptionId, Range } from '../../shared/catalog';
import type { Contribution, Evaluation, RankedOption } from '../../shared/engine/types';

/** The criteria of an evaluation in catalogue order. */
export function criteriaOf(evaluation: Evaluation): CriterionId[] {
  return evaluation.weightProvenance.map(({ criterion }) => criterion);
}

export function contributionOf(option: RankedOption, criterion: CriterionId): Contribution | undefined {
  return option.contributions.find((contribution) => contribution.criterion === criterion);
}

export function rankedOption(evaluation: Evaluation, id: OptionId): RankedOption | undefined {
  return evaluation.ranking.find((option) => option.option === id);
}

/** An option's score (0–100) with every rating at the low, likely and high end of its range. */
export function scoreRange(option: RankedOption): Range {
  const at = (end: keyof Range) => option.contributions.reduce((sum, { weight, range }) => sum + weight * range[end] * 10, 0);
  return { low: at('low'), likely: at('likely'), high: at('high') };
}
