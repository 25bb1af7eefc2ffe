import type { OptionId } from '../catalog/types';
import type { Evaluation, RecommendationStatus } from '../engine/types';
import type { RulesIdentity } from '../house-rules/schema';
import type { Profile } from '../profile';
import { inputChanges, type AnswerChange, type WeightChange } from './changes';
import { fingerprintOf } from './fingerprint';
import type { Decision } from './schema';

/** One reason a decision no longer stands as it was signed. */
export type StaleReason =
  | ({ kind: 'answer' } & AnswerChange)
  | ({ kind: 'weight' } & WeightChange)
  | { kind: 'catalog'; before: number; after: number }
  | { kind: 'house-rules'; before: RulesIdentity | null; after: RulesIdentity | null }
  /** An accepted recommendation that is no longer what the evaluation recommends. */
  | { kind: 'recommendation'; decided: string; status: RecommendationStatus; winner: OptionId }
  /** An override whose option is now ruled out or gone. */
  | { kind: 'option-unavailable'; option: string; reason: string | null }
  /** The recorded inputs do not match their own fingerprint: the decision was edited by hand. */
  | { kind: 'fingerprint'; recorded: string; now: string };

export type DecisionState =
  | { status: 'undecided'; decision: Decision | null }
  | { status: 'current'; decision: Decision }
  | { status: 'stale'; decision: Decision; reasons: StaleReason[] };

/**
 * Whether the profile's decision still stands, given the profile's evaluation now: undecided (none, or only
 * proposed), current, or stale with every reason (inputs changed since it was signed, another catalogue or house
 * rules, a recommendation that moved away from an accepted one, an overriding option no longer available).
 */
export function decisionStatus(profile: Profile, evaluation: Evaluation): DecisionState {
  const { decision } = profile;
  if (!decision || decision.status !== 'accepted') return { status: 'undecided', decision: decision ?? null };
  const reasons = [...inputReasons(profile, decision), ...contextReasons(decision, evaluation), ...outcomeReasons(decision, evaluation)];
  return reasons.length === 0 ? { status: 'current', decision } : { status: 'stale', decision, reasons };
}

function inputReasons(profile: Profile, { inputs }: Decision): StaleReason[] {
  const now = fingerprintOf(profile);
  if (now === inputs.fingerprint) return [];
  const { answers, weights } = inputChanges(inputs, profile);
  const changes: StaleReason[] = [
    ...answers.map((change) => ({ kind: 'answer' as const, ...change })),
    ...weights.map((change) => ({ kind: 'weight' as const, ...change })),
  ];
  return changes.length > 0 ? changes : [{ kind: 'fingerprint', recorded: inputs.fingerprint, now }];
}

function contextReasons(decision: Decision, evaluation: Evaluation): StaleReason[] {
  const before = decision.houseRules ?? null;
  const after = evaluation.houseRules ? identity(evaluation.houseRules) : null;
  return [
    ...(decision.catalogVersion === evaluation.catalogVersion ? [] : [{ kind: 'catalog' as const, before: decision.catalogVersion, after: evaluation.catalogVersion }]),
    ...(before?.hash === after?.hash ? [] : [{ kind: 'house-rules' as const, before, after }]),
  ];
}

function outcomeReasons(decision: Decision, { recommendation, ranking }: Evaluation): StaleReason[] {
  if (decision.kind === 'accept') {
    const { status, winner } = recommendation;
    return status === 'recommended' && winner === decision.option ? [] : [{ kind: 'recommendation', decided: decision.option, status, winner }];
  }
  const ranked = ranking.find((option) => option.option === decision.option);
  if (ranked && !ranked.ruledOut) return [];
  return [{ kind: 'option-unavailable', option: decision.option, reason: ranked?.reason ?? null }];
}

function identity({ name, version, hash }: RulesIdentity): RulesIdentity {
  return { name, version, hash };
}
