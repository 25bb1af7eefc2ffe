import type { OptionId } from '../catalog/types';
import type { Evaluation } from '../engine/types';
import type { Profile } from '../profile';
import { decisionError, type DecisionError } from './errors';
import { snapshotInputs } from './fingerprint';
import type { Decision } from './schema';
import { quote } from '../profile-file/text';

export type Decided =
  | {
      ok: true;
      /** The profile with the new decision, stamped `now`. */
      profile: Profile;
      /** The decision it replaces, marked superseded (for the profile's revisions), or null. */
      superseded: Decision | null;
    }
  | { ok: false; error: DecisionError };

/**
 * Records that the architect `by` accepts the evaluation's recommendation for the profile. With `shown`, the option
 * the architect saw recommended, it refuses when the evaluation now recommends another (the inputs or the house
 * rules changed meanwhile), so a signature never lands on a recommendation its signer did not see.
 */
export function accept(profile: Profile, evaluation: Evaluation, by: string, now: Date, shown?: string): Decided {
  const refusal = checkSigner(profile, evaluation, by) ?? checkRecommended(evaluation) ?? checkShown(evaluation, shown);
  if (refusal) return { ok: false, error: refusal };
  return record(profile, { kind: 'accept', ...signature(profile, evaluation, evaluation.recommendation.winner, by, now) });
}

/** Records that the architect `by` chooses `option` instead of the recommendation, for the reason `justification`. */
export function override(profile: Profile, evaluation: Evaluation, option: string, justification: string, by: string, now: Date): Decided {
  const refusal = checkSigner(profile, evaluation, by) ?? checkJustification(justification) ?? checkOption(evaluation, option);
  if (refusal) return { ok: false, error: refusal };
  const decision = signature(profile, evaluation, option, by, now);
  return record(profile, { kind: 'override', ...decision, justification: justification.trim() });
}

function record(profile: Profile, decision: Decision): Decided {
  const superseded = profile.decision ? { ...profile.decision, status: 'superseded' as const } : null;
  return { ok: true, profile: { ...profile, decision, updatedAt: decision.at }, superseded };
}

function signature(profile: Profile, evaluation: Evaluation, option: string, by: string, now: Date) {
  const rules = evaluation.houseRules;
  return {
    status: 'accepted' as const,
    option,
    by: by.trim(),
    at: now.toISOString(),
    catalogVersion: evaluation.catalogVersion,
    ...(rules ? { houseRules: { name: rules.name, version: rules.version, hash: rules.hash } } : {}),
    inputs: snapshotInputs(profile),
  };
}

function checkSigner(profile: Profile, evaluation: Evaluation, by: string): DecisionError | null {
  if (evaluation.profileId !== profile.id) {
    return decisionError('evaluation-mismatch', `The evaluation is of another profile (${evaluation.profileId}), not of ${profile.id}.`);
  }
  return by.trim() === '' ? decisionError('signer-required', 'Set your name first: every decision records who made it.') : null;
}

function checkRecommended({ recommendation, answerFirst }: Evaluation): DecisionError | null {
  if (recommendation.status === 'recommended') return null;
  const open = answerFirst.some((value) => value.required)
    ? 'The house rules require answers first'
    : 'Some decisive questions are unanswered';
  const why =
    recommendation.status === 'insufficient-answers'
      ? `${open}, so there is no recommendation to accept yet: answer them, or override with a justification.`
      : 'The answers rule out every option, so there is no recommendation to accept.';
  return decisionError('nothing-to-accept', why);
}

function checkShown({ recommendation }: Evaluation, shown: string | undefined): DecisionError | null {
  if (shown === undefined || recommendation.winner === shown) return null;
  return decisionError(
    'recommendation-changed',
    `The recommendation is now ${quote(recommendation.winner)}, not ${quote(shown)} as shown when you accepted: look at it again, then decide.`,
  );
}

function checkJustification(justification: string): DecisionError | null {
  if (justification.trim() !== '') return null;
  return decisionError('justification-required', 'An override needs a written justification: say why this option and not the recommendation.');
}

function checkOption({ ranking }: Evaluation, option: string): DecisionError | null {
  const ranked = ranking.find((candidate) => candidate.option === (option as OptionId));
  if (!ranked) {
    const known = ranking.map((candidate) => candidate.option).join(', ');
    return decisionError('unknown-option', `${quote(option)} is not a hosting option; the options are ${known}.`);
  }
  if (!ranked.ruledOut) return null;
  return decisionError('option-ruled-out', `${quote(option)} is ruled out for this workload (${ranked.reason ?? 'by its answers'}); it cannot be chosen.`);
}
