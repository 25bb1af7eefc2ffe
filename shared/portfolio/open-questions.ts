import { descending } from '../engine/math';
import type { QuestionValue } from '../engine/types';
import type { OpenQuestion, OpenQuestionRank, OpenQuestions, WorkloadSummary } from './types';

/**
 * What a workload's summary keeps of its value of information: the questions whose answer could change who leads,
 * and those the engine withholds the recommendation for (as `statusOf` in the engine's recommendation does).
 */
export function openQuestionsOf(answerFirst: readonly QuestionValue[]): OpenQuestions {
  return Object.fromEntries(
    answerFirst
      .map((value) => [value.questionId, { changesLeader: value.changesLeader, decisive: value.required || (value.decisive && value.changesLeader > 0) }] as const)
      .filter(([, open]) => open.changesLeader > 0 || open.decisive),
  );
}

/**
 * The open questions as stored (JSON parsed), or null when they are not what a save writes. Summaries saved before
 * Hostwise kept whether a question is decisive stored its share alone: read as not decisive.
 */
export function storedOpenQuestions(value: unknown): OpenQuestions | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const questions: OpenQuestions = {};
  for (const [questionId, stored] of Object.entries(value)) {
    const open = storedOpenQuestion(stored);
    if (open === null) return null;
    questions[questionId] = open;
  }
  return questions;
}

function storedOpenQuestion(stored: unknown): OpenQuestion | null {
  if (typeof stored === 'number') return { changesLeader: stored, decisive: false };
  if (typeof stored !== 'object' || stored === null) return null;
  const { changesLeader, decisive } = stored as Partial<Record<keyof OpenQuestion, unknown>>;
  return typeof changesLeader === 'number' && typeof decisive === 'boolean' ? { changesLeader, decisive } : null;
}

interface Affected {
  index: number;
  /** Decisive for a workload without a recommendation: answering it is needed before Hostwise recommends. */
  holdsBack: boolean;
  changesLeader: number;
}

/**
 * The questions to ask first across the portfolio: by how many workloads' recommendations each holds back, then by
 * how many workloads' leading option it could change, then by how many it would change expected (the sum of its
 * `changesLeader`), then by id so the order is stable.
 */
export function rankOpenQuestions(workloads: readonly Pick<WorkloadSummary, 'openQuestions' | 'winner'>[]): OpenQuestionRank[] {
  const byQuestion = new Map<string, Affected[]>();
  workloads.forEach(({ openQuestions, winner }, index) => {
    for (const [questionId, { changesLeader, decisive }] of Object.entries(openQuestions ?? {})) {
      const affected = byQuestion.get(questionId) ?? [];
      affected.push({ index, holdsBack: decisive && winner === null, changesLeader });
      byQuestion.set(questionId, affected);
    }
  });
  return [...byQuestion].map(([questionId, affected]) => rankOf(questionId, affected)).sort(askFirst);
}

function rankOf(questionId: string, affected: Affected[]): OpenQuestionRank {
  return {
    questionId,
    workloads: affected.sort(mostAffectedFirst).map(({ index }) => index),
    holdsBack: affected.filter(({ holdsBack }) => holdsBack).length,
    changesLeading: affected.filter(({ changesLeader }) => changesLeader > 0).length,
    expectedChanges: affected.reduce((sum, { changesLeader }) => sum + changesLeader, 0),
  };
}

function mostAffectedFirst(a: Affected, b: Affected): number {
  return Number(b.holdsBack) - Number(a.holdsBack) || descending(a.changesLeader, b.changesLeader) || a.index - b.index;
}

function askFirst(a: OpenQuestionRank, b: OpenQuestionRank): number {
  return (
    b.holdsBack - a.holdsBack ||
    b.changesLeading - a.changesLeading ||
    descending(a.expectedChanges, b.expectedChanges) ||
    (a.questionId < b.questionId ? -1 : 1)
  );
}
