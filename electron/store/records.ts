import { optionIds, type OptionId } from '../../shared/catalog/types';
import type { ProfileSummary, StoredSummary } from '../../shared/api/contract';
export type { DeletedProfileSummary, ProfileSummary, RevisionSummary, StoredSummary } from '../../shared/api/contract';
import type { Confidence } from '../../shared/engine/types';
import { decisionStandings, type DecisionStanding } from '../../shared/decision/standing';
import { catalog } from '../../shared/catalog';
import { migrateProfile } from '../../shared/migrate';
import { storedOpenQuestions } from '../../shared/portfolio/open-questions';
import type { OpenQuestions, WorkloadSummary } from '../../shared/portfolio/types';
import { profileSchema, type Profile } from '../../shared/profile';
import { StoreError } from './errors';
import { numberOrNull, text, textOrNull, type Row } from './sqlite';

/**
 * The part of an evaluation the library and the portfolio show without evaluating again:
 * `storedSummaryOf(recommendation)`, how the profile's decision stands under that evaluation, and the questions
 * whose answer could change its recommendation (absent or null when not known: a version saved before Hostwise kept them).
 */
export type EvaluationSummary = StoredSummary & { decision: DecisionStanding; openQuestions?: OpenQuestions | null };

const confidences: readonly string[] = ['high', 'moderate', 'low'] satisfies Confidence[];

function isOptionId(value: string): value is OptionId {
  return (optionIds as readonly string[]).includes(value);
}

function isConfidence(value: string): value is Confidence {
  return confidences.includes(value);
}

export function summaryOf(row: Row): StoredSummary {
  const winner = textOrNull(row, 'winner');
  const confidence = textOrNull(row, 'confidence');
  return {
    winner: winner !== null && isOptionId(winner) ? winner : null,
    confidence: confidence !== null && isConfidence(confidence) ? confidence : null,
    margin: numberOrNull(row, 'margin'),
  };
}

/** The summary with the decision's standing; a row saved before decisions were kept reads as undecided. */
export function evaluationSummaryOf(row: Row): EvaluationSummary {
  return { ...summaryOf(row), decision: decisionOf(row), openQuestions: openQuestionsOf(row) };
}

function decisionOf(row: Row): DecisionStanding {
  const decision = textOrNull(row, 'decision');
  return decisionStandings.find((standing) => standing === decision) ?? 'undecided';
}

/** The stored open questions; null when none were stored, or what is stored is not what a save writes. */
function openQuestionsOf(row: Row): OpenQuestions | null {
  const json = textOrNull(row, 'open_questions');
  if (json === null) return null;
  try {
    return storedOpenQuestions(JSON.parse(json));
  } catch {
    return null;
  }
}

/** A saved profile as the portfolio reads it: the summary columns and the group, not the profile's JSON. */
export function workloadSummaryOf(row: Row): WorkloadSummary {
  const { winner, confidence } = summaryOf(row);
  return { id: text(row, 'id'), name: text(row, 'name'), group: textOrNull(row, 'group_name'), winner, confidence, decision: decisionOf(row), openQuestions: openQuestionsOf(row) };
}

export function profileSummaryOf(row: Row): ProfileSummary {
  return { id: text(row, 'id'), name: text(row, 'name'), group: textOrNull(row, 'group_name'), updatedAt: text(row, 'updated_at'), ...summaryOf(row), decision: decisionOf(row) };
}

/** A profile about to be stored: validated, so names and data obey the limits of shared/profile. */
export function validProfile(input: unknown): Profile {
  return parseProfile(input, 'This profile has values Hostwise cannot save.');
}

/**
 * A profile read back from the store: validated, as it may have been written by another version, and carried
 * to the current catalogue by the same migration that imported files go through.
 */
export function storedProfile(json: string): Profile {
  let value: unknown = null;
  try {
    value = JSON.parse(json);
  } catch {
    // Not JSON: the schema rejects the null below with a coded error.
  }
  const profile = parseProfile(value, 'This saved profile is damaged or was saved by an incompatible version of Hostwise.');
  return profile.catalogVersion < catalog.version ? migrateProfile(profile, catalog).profile : profile;
}

function parseProfile(input: unknown, message: string): Profile {
  const result = profileSchema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(profile)'}: ${issue.message}`);
  throw new StoreError('profile-invalid', message, { issues });
}
