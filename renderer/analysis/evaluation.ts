import type { CriterionId, OptionId } from '../../shared/catalog';
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
