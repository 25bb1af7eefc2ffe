import { CodedError, type ProfileSummary } from '../../shared/api';
import { decisionStatus, standingOf } from '../../shared/decision';
import { storedSummaryOf } from '../../shared/engine/stored-summary';
import type { EvaluateOptions, Evaluation } from '../../shared/engine/types';
import { evaluateUnder, type Ruleset } from '../../shared/house-rules';
import { openQuestionsOf } from '../../shared/portfolio/open-questions';
import { suffixedName, type Profile } from '../../shared/profile';
import { checkAnswers } from '../../shared/profile-file';
import type { EvaluationSummary, ProfileStore } from '../store';

/**
 * Refuses, with `profile-invalid`, a profile whose questions or answers the catalogue under the rules in force does
 * not know (the schema cannot).
 */
export function checkProfile(profile: Profile, ruleset: Ruleset): void {
  const problem = checkAnswers(profile, ruleset.effective);
  if (problem) throw new CodedError({ ...problem, code: 'profile-invalid' });
}

/** Evaluates a profile under the rules in force after checking its answers against their catalogue. */
export function evaluateChecked(profile: Profile, ruleset: Ruleset, options: EvaluateOptions = {}): Evaluation {
  checkProfile(profile, ruleset);
  return evaluateUnder(profile, ruleset, options);
}

/**
 * An evaluation for a list of workloads (the library's summaries, the table export), whose only use of the simulation
 * is a recommendation's confidence: the ranking, the status, the questions that could change it and the decision's
 * standing come without it. So it runs only when there is a recommendation to rate, which spares most of an imported
 * portfolio's cost (few answers yet), and the list says the very same.
 */
export function listedEvaluation(profile: Profile, ruleset: Ruleset): Evaluation {
  return evaluateChecked(profile, ruleset, { simulate: 'when-recommended' });
}

/**
 * What the library keeps of a profile's evaluation: the recommendation, if the engine gives one, how its decision
 * stands, and (for the portfolio) the unanswered questions that could change it.
 */
export function evaluationSummary(profile: Profile, ruleset: Ruleset): EvaluationSummary {
  const evaluation = listedEvaluation(profile, ruleset);
  return {
    ...storedSummaryOf(evaluation.recommendation),
    decision: standingOf(decisionStatus(profile, evaluation)),
    openQuestions: openQuestionsOf(evaluation.answerFirst),
  };
}

/**
 * Saves a profile with its evaluation summary, stamped with the rules in force (or none), so wherever the profile
 * goes it says which rules it was decided under; the store stamps it with the time of the save.
 */
export function saveProfile(store: ProfileStore, ruleset: Ruleset, profile: Profile): Promise<ProfileSummary> {
  const stamped = stampedWithRules(profile, ruleset);
  return store.save(stamped, evaluationSummary(stamped, ruleset));
}

/** The profile as a save under `ruleset` stores it: stamped with the rules it is decided under. */
export function stampedWithRules(profile: Profile, ruleset: Ruleset): Profile {
  return { ...profile, houseRules: stampOf(profile, ruleset) };
}

/**
 * The rules a save records: those in force (none under the plain catalogue, and the stored JSON then has no
 * houseRules at all). A profile that answers questions the catalogue in force lacks keeps the rules it has: those
 * answers are theirs, kept for when they are loaded again, and the profile goes on saying so.
 */
function stampOf(profile: Profile, { rules, effective }: Ruleset): Profile['houseRules'] {
  const carriesOtherRules = Object.keys(profile.answers).some((id) => !effective.questions.some((question) => question.id === id));
  return carriesOtherRules ? profile.houseRules : rules?.identity;
}

export function duplicateProfile(store: ProfileStore, newId: () => string, id: string): Promise<ProfileSummary> {
  const original = store.get(id);
  return store.duplicate(id, { id: newId(), name: suffixedName(original.name, '(copy)') });
}
