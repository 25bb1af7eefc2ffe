import type { Catalog, OptionId } from '../../shared/catalog';
import { describeStaleReason, type Decision, type DecisionState } from '../../shared/decision';
import { formatDateTime } from '../app/format';
import { labelsOf } from '../catalog/labels';

/** "Accepted: Containers, by Ada on 2 Mar 2026, 10:30." or the override's equivalent. */
function decisionSentence(decision: Decision, catalog: Catalog): string {
  const option = labelsOf(catalog).option(decision.option as OptionId);
  const signed = `by ${decision.by} on ${formatDateTime(decision.at)}`;
  return decision.kind === 'accept' ? `Accepted: ${option}, ${signed}.` : `Overridden: ${option} chosen instead of the recommendation, ${signed}.`;
}

/**
 * The decision as it stands: undecided; accepted or overridden, by whom and when, with the justification; or
 * STALE, with what changed since it was signed. The editor and the report show the same words.
 */
export function DecisionStateView({ state, catalog }: { state: DecisionState; catalog: Catalog }) {
  const { decision } = state;
  if (state.status === 'undecided' || !decision) {
    return <p className="hw-decision-state">Undecided: no decision has been recorded for this workload.</p>;
  }
  return (
    <div className={`hw-decision-state hw-decision-${state.status}`}>
      {state.status === 'stale' ? (
        <p>
          <strong className="hw-stale-mark">Stale</strong> — the decision below no longer matches the workload.
        </p>
      ) : null}
      <p>{decisionSentence(decision, catalog)}</p>
      {decision.kind === 'override' ? (
        <blockquote className="hw-justification" aria-label="Justification">
          {decision.justification}
        </blockquote>
      ) : null}
      {state.status === 'stale' ? (
        <>
          <p>What changed since it was signed:</p>
          <ul aria-label="What changed since the decision">
            {state.reasons.map((reason, index) => (
              <li key={index}>{describeStaleReason(reason, catalog)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
