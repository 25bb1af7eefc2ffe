import type { Catalog, Criterion, CriterionId } from '../catalog/types';
import type { Profile } from '../profile';
import type { ChosenAnswer } from './answers';
import { sum } from './math';
import type { WeightProvenance } from './types';

export interface Weights {
  /** Normalized weights in catalogue criterion order; they sum to 1. */
  values: number[];
  provenance: WeightProvenance[];
}

export function deriveWeights(
  catalog: Pick<Catalog, 'criteria'>,
  chosen: readonly ChosenAnswer[],
  overrides: Profile['weightOverrides'],
): Weights {
  const drafts = catalog.criteria.map((criterion) => {
    const adjustments = chosen.flatMap(({ questionId, answerId, answer }) => {
      const delta = answer.weights?.[criterion.id];
      return delta === undefined ? [] : [{ questionId, answerId, delta }];
    });
    const derived = derivedWeight(criterion, sum(adjustments.map((adjustment) => adjustment.delta)));
    return { criterion: criterion.id, base: criterion.baseWeight, adjustments, derived, override: overrideOf(overrides, criterion.id) };
  });
  const values = normalize(drafts.map((draft) => draft.override ?? draft.derived));
  return { values, provenance: drafts.map((draft, index) => ({ ...draft, weight: values[index]! })) };
}

/** The normalized weights alone, the same numbers deriveWeights gives, without their provenance. */
export function weightValues(
  catalog: Pick<Catalog, 'criteria'>,
  chosen: readonly ChosenAnswer[],
  overrides: Profile['weightOverrides'],
): number[] {
  return normalize(catalog.criteria.map((criterion) => overrideOf(overrides, criterion.id) ?? derivedWeight(criterion, totalDelta(criterion.id, chosen))));
}

/** The answers' deltas to a criterion added up in questionnaire order, as sum() adds them. */
function totalDelta(criterion: CriterionId, chosen: readonly ChosenAnswer[]): number {
  let total = 0;
  for (let index = 0; index < chosen.length; index++) {
    const delta = chosen[index]!.answer.weights?.[criterion];
    if (delta !== undefined) total += delta;
  }
  return total;
}

/** Base weight moved by the answers' total delta; never below 0. */
function derivedWeight(criterion: Criterion, delta: number): number {
  return Math.max(0, criterion.baseWeight + delta);
}

function overrideOf(overrides: Profile['weightOverrides'], criterion: CriterionId): number | null {
  return Object.hasOwn(overrides, criterion) ? (overrides[criterion] ?? null) : null;
}

function normalize(raw: readonly number[]): number[] {
  const total = sum(raw);
  // Every criterion at 0 would make every score 0/0; equal weights keep the comparison meaningful.
  return total > 0 ? raw.map((weight) => weight / total) : raw.map(() => 1 / raw.length);
}
