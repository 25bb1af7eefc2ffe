import { useRef } from 'react';
import type { CriterionId } from '../../shared/catalog';
import type { Evaluation } from '../../shared/engine/types';
import type { Profile } from '../../shared/profile';
import { WeightRow } from './WeightRow';

interface Props {
  evaluation: Evaluation;
  overrides: Profile['weightOverrides'];
  onOverride: (criterion: CriterionId, value: number | null) => void;
  onResetAll: () => void;
}

/** Every criterion's share of the decision, where it comes from, and a slider to set it by hand. */
export function WeightsPanel({ evaluation, overrides, onOverride, onResetAll }: Props) {
  const anyOverride = Object.keys(overrides).length > 0;
  const list = useRef<HTMLUListElement>(null);
  // Reset all disables itself: focus moves to the first slider rather than falling to the page.
  const resetAll = () => {
    onResetAll();
    list.current?.querySelector('input')?.focus();
  };
  return (
    <section className="hw-card hw-weights" aria-labelledby="hw-weights-title">
      <div className="hw-card-head hw-weights-head">
        <h3 id="hw-weights-title">Weights</h3>
        <p className="hw-muted">Each criterion’s share of the decision: answers set it, a slider overrides it (0 ignores it).</p>
        <button type="button" className="hw-button hw-small" disabled={!anyOverride} onClick={resetAll}>
          Reset all
        </button>
      </div>
      <ul className="hw-weight-list" ref={list}>
        {evaluation.weightProvenance.map((provenance) => {
          const override = overrides[provenance.criterion];
          return (
            <WeightRow
              key={provenance.criterion}
              provenance={provenance}
              value={override ?? provenance.derived}
              overridden={override !== undefined}
              onChange={(value) => onOverride(provenance.criterion, value)}
            />
          );
        })}
      </ul>
    </section>
  );
}
