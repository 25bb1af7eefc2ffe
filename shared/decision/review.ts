import { describeAnswer } from '../catalog/describe';
import type { Catalog } from '../catalog/types';
import type { Evaluation } from '../engine/types';
import type { Outcome } from '../house-rules/evaluate';
import { sameOutcome } from '../house-rules/preview';
import type { Profile } from '../profile';
import { inputChanges, type AnswerChange, type WeightChange } from './changes';
import type { Decision } from './schema';
import { decisionStatus, type DecisionState } from './status';

/** A workload in one version only, with its recommendation there. */
export interface WorkloadOnce {
  profileId: string;
  name: string;
  recommendation: Outcome;
}

/** What a decision record says, without the inputs it keeps. */
export type DecisionSummary = Pick<Decision, 'kind' | 'status' | 'option' | 'by' | 'at'> & { justification?: string };

/** A workload in both versions: what changed in it, and how its recommendation moved and why. */
export interface WorkloadChange {
  profileId: string;
  name: string;
  answers: (AnswerChange & { effects: string[] })[];
  weights: WeightChange[];
  recommendation: {
    before: Outcome;
    after: Outcome;
    moved: boolean;
    /** Why the new leader leads, when the recommendation moved. */
    reasons: string[];
  };
  decision: { before: DecisionSummary | null; after: DecisionSummary | null; status: DecisionState['status'] };
}

/** Two versions of a profile file compared, for review in a pull request. */
export interface ProfilesDiff {
  added: WorkloadOnce[];
  removed: WorkloadOnce[];
  /** Every workload in both versions, in the new version's order, changed or not. */
  compared: WorkloadChange[];
}

/** Compares two versions' profiles by id; `evaluate` gives each profile's evaluation (under the same catalogue). */
export function diffProfiles(
  before: readonly Profile[],
  after: readonly Profile[],
  evaluate: (profile: Profile) => Evaluation,
  catalog: Catalog,
): ProfilesDiff {
  const oldById = new Map(before.map((profile) => [profile.id, profile]));
  const newIds = new Set(after.map((profile) => profile.id));
  const once = (profile: Profile): WorkloadOnce => ({ profileId: profile.id, name: profile.name, recommendation: outcomeOf(evaluate(profile)) });
  return {
    added: after.filter((profile) => !oldById.has(profile.id)).map(once),
    removed: before.filter((profile) => !newIds.has(profile.id)).map(once),
    compared: after.flatMap((profile) => {
      const old = oldById.get(profile.id);
      return old ? [compare(old, profile, evaluate, catalog)] : [];
    }),
  };
}

function compare(old: Profile, next: Profile, evaluate: (profile: Profile) => Evaluation, catalog: Catalog): WorkloadChange {
  const [was, now] = [evaluate(old), evaluate(next)];
  const { answers, weights } = inputChanges(old, next);
  const moved = !sameOutcome(was.recommendation, now.recommendation);
  return {
    profileId: next.id,
    name: next.name,
    answers: answers.map((change) => ({ ...change, effects: effectsOf(change, catalog) })),
    weights,
    recommendation: {
      before: outcomeOf(was),
      after: outcomeOf(now),
      moved,
      reasons: moved ? now.recommendation.reasons.map((reason) => reason.sentence) : [],
    },
    decision: { before: summary(old.decision), after: summary(next.decision), status: decisionStatus(next, now).status },
  };
}

/** What the new answer does, in the catalogue's own words. */
function effectsOf({ question, after }: AnswerChange, catalog: Catalog): string[] {
  const asked = catalog.questions.find((candidate) => candidate.id === question);
  const answer = asked?.answers.find((candidate) => candidate.id === after);
  return asked && answer ? describeAnswer(asked, answer, catalog) : [];
}

function outcomeOf({ recommendation }: Evaluation): Outcome {
  return { status: recommendation.status, winner: recommendation.winner };
}

function summary(decision: Decision | undefined): DecisionSummary | null {
  if (!decision) return null;
  const { kind, status, option, by, at } = decision;
  return { kind, status, option, by, at, ...(decision.kind === 'override' ? { justification: decision.justification } : {}) };
}
