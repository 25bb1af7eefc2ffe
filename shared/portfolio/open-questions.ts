import { descending } from '../engine/math';
import type { QuestionValue } from '../engine/types';
import type { OpenQuestionRank, OpenQuestions, WorkloadSummary } from './types';

/** What a workload's summary keeps of its value of information: the questions whose answer could change who leads. */
export function openQuestionsOf(answerFirst: readonly QuestionValue[]): OpenQuestions {
  return Object.fromEntries(answerFirst.filter((value) => value.changesLeader > 0).map((value) => [value.questionId, value.changesLeader]));
}

/**
 * The questions to ask first across the portfolio: by how many workloads' recommendations each could change, then
 * by how many it would change expected (the sum of its `changesLeader`), then by id so the order is stable.
 */
export function rankOpenQuestions(workloads: readonly Pick<WorkloadSummary, 'openQuestions'>[]): OpenQuestionRank[] {
  const byQuestion = new Map<string, { index: number; changesLeader: number }[]>();
  workloads.forEach(({ openQuestions }, index) => {
    for (const [questionId, changesLeader] of Object.entries(openQuestions ?? {})) {
      const affected = byQuestion.get(questionId) ?? [];
      affected.push({ index, changesLeader });
      byQuestion.set(questionId, affected);
    }
  });
  return [...byQuestion]
    .map(([questionId, affected]) => ({
      questionId,
      workloads: affected.sort((a, b) => descending(a.changesLeader, b.changesLeader) || a.index - b.index).map(({ index }) => index),
      expectedChanges: affected.reduce((sum, { changesLeader }) => sum + changesLeader, 0),
    }))
    .sort(
      (a, b) =>
        b.workloads.length - a.workloads.length || descending(a.expectedChanges, b.expectedChanges) || (a.questionId < b.questionId ? -1 : 1),
    );
}
