import { useId, useState } from 'react';
import { decisionStatus } from '../../shared/decision';
import type { Evaluation } from '../../shared/engine/types';
import type { Profile } from '../../shared/profile';
import { useCatalog } from '../catalog/CatalogProvider';
import { useReadOnly } from '../app/store-status';
import { DecisionStateView } from './DecisionState';
import { OverrideForm } from './OverrideForm';
import { SignerForm } from './SignerForm';
import { useDecision } from './useDecision';
import './decision.css';

interface Props {
  profile: Profile;
  evaluation: Evaluation;
  flush: () => Promise<void>;
  onDecided: (profile: Profile) => void;
}

/** The architect's decision on the workload: how it stands, and Accept or Override… to record a new one. */
export function DecisionPanel({ profile, evaluation, flush, onDecided }: Props) {
  const catalog = useCatalog();
  const readOnly = useReadOnly();
  const [overriding, setOverriding] = useState(false);
  const titleId = useId();
  const noRecommendationId = useId();
  // Accept signs the recommendation on screen: with none (answers missing, or every option ruled out), there is
  // nothing to sign, and an Accept that asked for a name first would only be refused after.
  const recommended = evaluation.recommendation.status === 'recommended';
  const decision = useDecision({
    id: profile.id,
    flush,
    onDecided: (saved) => {
      setOverriding(false);
      onDecided(saved);
    },
  });
  const state = decisionStatus(profile, evaluation);
  const refusal = decision.refusal?.message ?? null;
  return (
    <section className="hw-card hw-decision-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>Decision</h3>
      <div aria-live="polite">
        <DecisionStateView state={state} catalog={catalog} />
      </div>
      {decision.waiting ? <SignerForm busy={decision.busy} onSign={(name) => void decision.sign(name)} onCancel={decision.cancelSigning} /> : null}
      {overriding ? (
        <OverrideForm
          evaluation={evaluation}
          error={refusal}
          busy={decision.busy}
          onSubmit={(option, justification) => void decision.decide({ kind: 'override', option, justification })}
          onCancel={() => {
            setOverriding(false);
            decision.clearRefusal();
          }}
        />
      ) : decision.waiting ? null : (
        // While the name is asked for, its form is the one way on: a second Accept beside it would only ask again.
        <div className="hw-decision-actions">
          <button
            type="button"
            className="hw-button hw-primary"
            disabled={readOnly || decision.busy || !recommended}
            aria-describedby={recommended ? undefined : noRecommendationId}
            onClick={() => void decision.decide({ kind: 'accept', option: evaluation.recommendation.winner })}>
            Accept recommendation
          </button>
          <button
            type="button"
            className="hw-button"
            disabled={readOnly}
            onClick={() => {
              decision.clearRefusal();
              setOverriding(true);
            }}
          >
            Override…
          </button>
          {recommended ? null : (
            <p className="hw-muted" id={noRecommendationId}>
              No recommendation to accept yet: answer what it waits for, or override with a justification.
            </p>
          )}
          {refusal ? (
            <p className="hw-error-text" role="alert">
              {refusal}
            </p>
          ) : null}
        </div>
      )}
      {decision.signer ? <p className="hw-muted hw-signer">Decisions are signed as {decision.signer}.</p> : null}
    </section>
  );
}
