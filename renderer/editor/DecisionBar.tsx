import { answeredQuestions } from '../../shared/catalog/describe';
import { points } from '../../shared/engine/format';
import type { Evaluation } from '../../shared/engine/types';
import type { Profile } from '../../shared/profile';
import { confidenceName, statusName } from '../app/format';
import { useCatalog } from '../catalog/CatalogProvider';
import { useLabels } from '../catalog/labels';

/**
 * The decision in one line, in view while either pane of the profile screen scrolls. Without a recommendation
 * it says why, and names the leader only as leading so far.
 */
export function DecisionBar({ evaluation, answers }: { evaluation: Evaluation; answers: Profile['answers'] }) {
  const labels = useLabels();
  const { status, winner, runnerUp, margin, confidence } = evaluation.recommendation;
  const answered = answeredQuestions(answers, useCatalog()).length;
  const ruledOut = evaluation.ranking.filter((ranked) => ranked.ruledOut).map((ranked) => labels.option(ranked.option));
  const recommended = status === 'recommended';
  return (
    <div className="hw-decision" aria-label="Decision at a glance" role="group">
      <span className="hw-decision-label">{recommended ? statusName(status) : `${statusName(status)}; leading so far`}</span>
      {/* Announced when the leader changes (the text stays put while only the numbers move). */}
      <strong className="hw-decision-winner" aria-live="polite">
        {labels.option(winner)}
      </strong>
      {recommended && confidence ? <span>{confidenceName(confidence)} confidence</span> : null}
      {answered === 0 ? <span className="hw-decision-unanswered">No question answered yet: base weights only</span> : null}
      {runnerUp !== null && margin !== null ? (
        <span>
          {points(margin)} points ahead of {labels.option(runnerUp)}
        </span>
      ) : null}
      {ruledOut.length > 0 ? <span className="hw-muted">Ruled out: {ruledOut.join(', ')}</span> : null}
    </div>
  );
}
