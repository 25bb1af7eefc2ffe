import type { Catalog } from '../catalog/types';
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
    const derived = Math.max(0, criterion.baseWeight + sum(adjustments.map((adjustment) => adjustment.delta)));
    const override = Object.hasOwn(overrides, criterion.id) ? (overrides[criterion.id] ?? null) : null;
    return { criterion: criterion.id, base: criterion.baseWeight, adjustments, derived, override };
  });
  const values = normalize(drafts.map((draft) => draft.override ?? draft.derived));
  return { values, provenance: drafts.map((draft, index) => ({ ...draft, weight: values[index]! })) };
}

function normalize(raw: readonly number[]): number[] {
  const total = sum(raw);
  // Every criterion at 0 would make every score 0/0; equal weights keep the comparison meaningful.
  return total > 0 ? raw.map((weight) => weight / total) : raw.map(() => 1 / raw.length);
}
