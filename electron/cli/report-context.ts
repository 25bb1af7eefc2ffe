import type { Catalog } from '../../shared/catalog';
import { decisionStatus, describeStaleReason, type DecisionState } from '../../shared/decision';
import type { Evaluation } from '../../shared/engine';
import type { Profile } from '../../shared/profile';
import type { Item } from './document';
import { decisionText, stateNames } from './decision-text';
import type { Names } from './names';

/** One workload as a report sees it: the profile, its evaluation now, and where its decision stands. */
export interface Reported {
  profile: Profile;
  evaluation: Evaluation;
  state: DecisionState;
}

export function reported(profile: Profile, evaluation: Evaluation): Reported {
  return { profile, evaluation, state: decisionStatus(profile, evaluation) };
}

/** "Decision: Ana Lima accepted …; decided, STALE", with what changed beneath. */
export function decisionItem({ state }: Reported, catalog: Catalog, names: Names): Item {
  if (!state.decision) return { text: `Decision: none; ${stateNames.undecided}` };
  const reasons = state.status === 'stale' ? state.reasons.map((reason) => ({ text: describeStaleReason(reason, catalog) })) : [];
  const justification = state.decision.kind === 'override' ? [{ text: `Justification: ${state.decision.justification}` }] : [];
  return { text: `Decision: ${decisionText(state.decision, names)}; ${stateNames[state.status]}`, items: [...justification, ...reasons] };
}

/** "Question: answer", in questionnaire order. */
export function answerItems({ profile }: Reported, catalog: Catalog): Item[] {
  return catalog.questions.flatMap((question) => {
    const answer = question.answers.find((candidate) => candidate.id === profile.answers[question.id]);
    return answer ? [{ text: `${question.text} ${answer.label}` }] : [];
  });
}
