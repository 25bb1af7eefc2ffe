import { answeredQuestions, catalog } from '../../shared/catalog';
import { points } from '../../shared/engine/format';
import type { Evaluation } from '../../shared/engine/types';
import type { Profile } from '../../shared/profile';
import { confidenceName, optionName } from '../app/format';

/**
 * The decision in one line, in view while either pane of the profile screen scrolls. With nothing answered it
 * says so: a confident winner is then only the catalogue's default.
 */
export function DecisionBar({ evaluation, answers }: { evaluation: Evaluation; answers: Profile['answers'] }) {
  const { winner, runnerUp, margin, confidence } = evaluation.recommendation;
  const answered = answeredQuestions(answers, catalog).length;
  const ruledOut = evaluation.ranking.filter((ranked) => ranked.ruledOut).map((ranked) => optionName(ranked.option));
  return (
    <div className="hw-decision" aria-label="Decision at a glance" role="group">
      <span className="hw-decision-label">Recommended</span>
      {/* Announced when the winner changes (the text stays put while only the numbers move). */}
      <strong className="hw-decision-winner" aria-live="polite">
        {optionName(winner)}
      </strong>
      {confidence ? <span>{confidenceName(confidence)} confidence</span> : null}
      {answered === 0 ? <span className="hw-decision-unanswered">No question answered yet: base weights only</span> : null}
      {runnerUp !== null && margin !== null ? (
        <span>
          {points(margin)} points ahead of {optionName(runnerUp)}
        </span>
      ) : null}
      {ruledOut.length > 0 ? <span className="hw-muted">Ruled out: {ruledOut.join(', ')}</span> : null}
    </div>
  );
}
