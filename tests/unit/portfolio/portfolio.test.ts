import { describe, expect, test } from 'vitest';
import type { QuestionValue } from '../../../shared/engine/types';
import { groupOf, openQuestionsOf, optionCount, portfolioOf, rankOpenQuestions, storedOpenQuestions, type OpenQuestions, type WorkloadSummary } from '../../../shared/portfolio';
import { makeProfile } from '../store/profiles';

let next = 0;
function workload(change: Partial<WorkloadSummary> = {}): WorkloadSummary {
  next += 1;
  return { id: `w${next}`, name: `Workload ${next}`, group: null, winner: 'container', confidence: 'high', decision: 'undecided', openQuestions: {}, ...change };
}

const value = (questionId: string, changesLeader: number): QuestionValue => ({ questionId, decisive: false, required: false, changesLeader, leaders: [] });
/** Open questions that are not decisive, from their shares. */
const shares = (byId: Record<string, number>): OpenQuestions =>
  Object.fromEntries(Object.entries(byId).map(([id, changesLeader]) => [id, { changesLeader, decisive: false }]));

describe('the open questions a summary keeps', () => {
  test('are the unanswered questions whose answer could change who leads, with the share of answers that would', () => {
    expect(openQuestionsOf([value('os-needs', 0.4), value('code-trust', 1 / 3), value('licensing', 0)])).toEqual(shares({ 'os-needs': 0.4, 'code-trust': 1 / 3 }));
    expect(openQuestionsOf([])).toEqual({});
  });

  test('say which hold back the recommendation, as the engine does: decisive ones that could change who leads, and required ones', () => {
    const decisive = { ...value('code-trust', 0.5), decisive: true };
    const decisiveIdle = { ...value('workload-type', 0), decisive: true };
    const required = { ...value('licensing', 0), required: true };
    expect(openQuestionsOf([decisive, decisiveIdle, required, value('os-needs', 0.25)])).toEqual({
      'code-trust': { changesLeader: 0.5, decisive: true },
      licensing: { changesLeader: 0, decisive: true },
      'os-needs': { changesLeader: 0.25, decisive: false },
    });
  });
});

describe('the open questions as stored', () => {
  test('read back what a save writes', () => {
    const open = { 'code-trust': { changesLeader: 0.5, decisive: true }, 'os-needs': { changesLeader: 0.25, decisive: false } };
    expect(storedOpenQuestions(JSON.parse(JSON.stringify(open)))).toEqual(open);
    expect(storedOpenQuestions({})).toEqual({});
  });

  test('read the shares alone, as saved before Hostwise kept whether a question is decisive, as not decisive', () => {
    expect(storedOpenQuestions({ 'os-needs': 0.5, licensing: 1 })).toEqual(shares({ 'os-needs': 0.5, licensing: 1 }));
  });

  test('are not known when they are not what a save writes', () => {
    for (const stored of [null, [1], 'text', { 'os-needs': 'half' }, { 'os-needs': { changesLeader: 0.5 } }, { 'os-needs': { changesLeader: '1', decisive: true } }]) {
      expect(storedOpenQuestions(stored)).toBeNull();
    }
  });
});

describe('the open questions across the portfolio', () => {
  test('rank by how many leading options each could change, then by the sum of their shares, then by id', () => {
    const ranked = rankOpenQuestions([
      { winner: 'vm', openQuestions: shares({ a: 0.2, b: 0.5, c: 0.25 }) },
      { winner: 'vm', openQuestions: shares({ a: 0.2, b: 0.25, d: 0.5 }) },
      { winner: 'vm', openQuestions: shares({ a: 0.6, c: 0.25 }) },
      { winner: null, openQuestions: null },
      { winner: 'vm', openQuestions: shares({ d: 0.5 }) },
    ]);
    expect(ranked.map(({ questionId, workloads, changesLeading, expectedChanges }) => [questionId, workloads, changesLeading, expectedChanges])).toEqual([
      ['a', [2, 0, 1], 3, 1],
      ['d', [1, 4], 2, 1],
      ['b', [0, 1], 2, 0.75],
      ['c', [0, 2], 2, 0.5],
    ]);
  });

  test('rank first those holding back the most recommendations, whatever the others could change', () => {
    const kind = { changesLeader: 0.5, decisive: false };
    const trust = { changesLeader: 0.25, decisive: true };
    const ranked = rankOpenQuestions([
      { winner: null, openQuestions: { kind, trust } },
      { winner: null, openQuestions: { kind, trust } },
      { winner: null, openQuestions: { kind } },
      { winner: 'vm', openQuestions: { kind } },
      { winner: null, openQuestions: { trust: { changesLeader: 0, decisive: true } } },
    ]);
    expect(ranked.map(({ questionId, workloads, holdsBack, changesLeading }) => [questionId, workloads, holdsBack, changesLeading])).toEqual([
      ['trust', [0, 1, 4], 3, 2],
      ['kind', [0, 1, 2, 3], 0, 4],
    ]);
  });

  test('count a question decisive for a workload that has a recommendation (an old summary) as not holding it back', () => {
    const [ranked] = rankOpenQuestions([{ winner: 'vm', openQuestions: { trust: { changesLeader: 0.5, decisive: true } } }]);
    expect(ranked).toMatchObject({ holdsBack: 0, changesLeading: 1 });
  });

  test('are none for workloads with nothing left to ask, or not known yet', () => {
    expect(rankOpenQuestions([{ winner: 'vm', openQuestions: {} }, { winner: null, openQuestions: null }])).toEqual([]);
  });
});

describe('the portfolio', () => {
  const workloads = [
    workload({ group: 'Payments', winner: 'vm', confidence: 'high', decision: 'decided', openQuestions: shares({ 'os-needs': 0.5 }) }),
    workload({ group: 'Payments', winner: 'container', confidence: 'low', openQuestions: shares({ 'os-needs': 0.25, licensing: 1 }) }),
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
