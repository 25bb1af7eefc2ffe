import type { Catalog } from '../../shared/catalog';
import { decisionStatus } from '../../shared/decision';
import type { Evaluation } from '../../shared/engine/types';
import type { Profile } from '../../shared/profile';
import { Panel } from '../analysis/Panel';
import { DecisionStateView } from '../decision/DecisionState';
import '../decision/decision.css';

/** The architect's decision in the report: who decided what and when, the justification, or STALE and why. */
export function DecisionReport({ profile, evaluation, catalog }: { profile: Profile; evaluation: Evaluation; catalog: Catalog }) {
  return (
    <Panel title="Decision" className="report-decision">
      <DecisionStateView state={decisionStatus(profile, evaluation)} catalog={catalog} />
    </Panel>
  );
}
