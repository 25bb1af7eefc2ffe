import { describe, expect, test } from 'vitest';
import type { QuestionValue } from '../../../shared/engine/types';
import { groupOf, openQuestionsOf, optionCount, portfolioOf, rankOpenQuestions, type WorkloadSummary } from '../../../shared/portfolio';
import { makeProfile } from '../store/profiles';

let next = 0;
function workload(change: Partial<WorkloadSummary> = {}): WorkloadSummary {
  next += 1;
  return { id: `w${next}`, name: `Workload ${next}`, group: null, winner: 'container', confidence: 'high', decision: 'undecided', openQuestions: {}, ...change };
}

const value = (questionId: string, changesLeader: number): QuestionValue => ({ questionId, decisive: false, required: false, changesLeader, leaders: [] });

describe('the open questions a summary keeps', () => {
  test('are the unanswered questions whose answer could change who leads, with the share of answers that would', () => {
    const required = { ...value('licensing', 0), required: true };
    expect(openQuestionsOf([value('os-needs', 0.4), required, value('code-trust', 1 / 3)])).toEqual({ 'os-needs': 0.4, 'code-trust': 1 / 3 });
    expect(openQuestionsOf([])).toEqual({});
  });
});

describe('the open questions across the portfolio', () => {
  test('rank by how many recommendations each could change, then by the sum of their shares, then by id', () => {
    const ranked = rankOpenQuestions([
      { openQuestions: { a: 0.2, b: 0.5, c: 0.25 } },
      { openQuestions: { a: 0.2, b: 0.25, d: 0.5 } },
      { openQuestions: { a: 0.6, c: 0.25 } },
      { openQuestions: null },
      { openQuestions: { d: 0.5 } },
    ]);
    expect(ranked.map(({ questionId, workloads, expectedChanges }) => [questionId, workloads, expectedChanges])).toEqual([
      ['a', [2, 0, 1], 1],
      ['d', [1, 4], 1],
      ['b', [0, 1], 0.75],
      ['c', [0, 2], 0.5],
    ]);
  });

  test('are none for workloads with nothing left to ask, or not known yet', () => {
    expect(rankOpenQuestions([{ openQuestions: {} }, { openQuestions: null }])).toEqual([]);
  });
});

describe('the portfolio', () => {
  const workloads = [
    workload({ group: 'Payments', winner: 'vm', confidence: 'high', decision: 'decided', openQuestions: { 'os-needs': 0.5 } }),
    workload({ group: 'Payments', winner: 'container', confidence: 'low', openQuestions: { 'os-needs': 0.25, licensing: 1 } }),
    workload({ group: 'Payments', winner: null, confidence: null, decision: 'stale', openQuestions: null }),
    workload({ group: null, winner: 'container', confidence: 'moderate' }),
    workload({ group: 'Billing', winner: 'container', confidence: 'high' }),
    workload({ group: 'Analytics', winner: 'vm', confidence: 'moderate' }),
  ];
  const portfolio = portfolioOf(workloads);

  test('counts every workload per recommended option and confidence, per confidence and per decision', () => {
    expect(portfolio.tally.workloads).toBe(6);
    expect(portfolio.tally.options).toEqual({
      vm: { high: 1, moderate: 1, low: 0, none: 0 },
      container: { high: 1, moderate: 1, low: 1, none: 0 },
      none: { high: 0, moderate: 0, low: 0, none: 1 },
    });
    expect(optionCount(portfolio.tally, 'container')).toBe(3);
    expect(optionCount(portfolio.tally, 'microvm-sandbox')).toBe(0);
    expect(portfolio.tally.confidence).toEqual({ high: 2, moderate: 2, low: 1, none: 1 });
    expect(portfolio.tally.decision).toEqual({ decided: 1, undecided: 4, stale: 1 });
  });

  test('groups largest first, then by name, the workloads without a group last among equals; each with its own counts', () => {
    expect(portfolio.groups.map(({ name, workloads: members }) => [name, members])).toEqual([
      ['Payments', [0, 1, 2]],
      ['Analytics', [5]],
      ['Billing', [4]],
      [null, [3]],
    ]);
    const payments = portfolio.groups[0]!.tally;
    expect(payments.workloads).toBe(3);
    expect(payments.decision).toEqual({ decided: 1, undecided: 1, stale: 1 });
    expect(payments.confidence).toEqual({ high: 1, moderate: 0, low: 1, none: 1 });
  });

  test('ranks the open questions and says how many workloads wait for theirs', () => {
    expect(portfolio.openQuestions.map(({ questionId, workloads: affected }) => [questionId, affected])).toEqual([
      ['os-needs', [0, 1]],
      ['licensing', [1]],
    ]);
    expect(portfolio.unranked).toBe(1);
  });

  test('lists the workloads without their open questions, which the ranking carries', () => {
    expect(portfolio.workloads[1]).toEqual({ id: workloads[1]!.id, name: workloads[1]!.name, group: 'Payments', winner: 'container', confidence: 'low', decision: 'undecided' });
  });

  test('orders the numbers in group names as numbers', () => {
    const named = portfolioOf(['App 10', 'App 2', 'App 1'].map((group) => workload({ group })));
    expect(named.groups.map(({ name }) => name)).toEqual(['App 1', 'App 2', 'App 10']);
  });

  test('of no workloads is empty', () => {
    expect(portfolioOf([])).toMatchObject({ workloads: [], groups: [], openQuestions: [], unranked: 0, tally: { workloads: 0, options: {} } });
  });
});

describe('the group of a profile', () => {
  test('is its group name, or null when it has none', () => {
    expect(groupOf(makeProfile({ group: 'Payments' }))).toBe('Payments');
    expect(groupOf(makeProfile())).toBeNull();
  });
});
