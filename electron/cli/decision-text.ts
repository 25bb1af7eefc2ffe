import type { DecisionState, DecisionSummary } from '../../shared/decision';
import type { Names } from './names';

/** "Ana Lima accepted the recommendation, Virtual machine, on 2026-03-02", or "Bo chose … instead of the recommendation …". */
export function decisionText(decision: DecisionSummary, names: Names): string {
  const option = names.option(decision.option);
  const verb = decision.kind === 'accept' ? `accepted the recommendation, ${option},` : `chose ${option} instead of the recommendation`;
  const proposed = decision.status === 'accepted' ? '' : ` (${decision.status})`;
  return `${decision.by} ${verb} on ${decision.at.slice(0, 10)}${proposed}`;
}

/** How the table, the diff and the report name a decision's state. */
export const stateNames: Record<DecisionState['status'], string> = {
  current: 'decided, current',
  stale: 'decided, STALE',
  undecided: 'undecided',
};
