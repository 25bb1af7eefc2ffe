import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../shared/catalog/types';
import { evaluate } from '../../../shared/engine';
import { confidenceOf } from '../../../shared/engine/recommendation';
import { fixtureCatalog, fixtureRatings, fixtureWith, makeProfile, withDecisive } from './fixture';

/** The fixture plus a fourth criterion, automation (base 1): vm 5, container 3, sandboxed 2. */
const withAutomation: Catalog = {
  ...fixtureCatalog,
  criteria: [
    ...fixtureCatalog.criteria,
    { id: 'automation', name: 'Automation', description: 'Tooling.', kind: 'similarity', baseWeight: 1, basis: { kind: 'judgement', reasoning: '' } },
  ],
  ratings: [
    ...fixtureCatalog.ratings,
    ...(
      [
        ['vm', 5],
        ['container', 3],
        ['userspace-sandbox', 2],
      ] as const
    ).map(([option, score]) => ({
      option,
      criterion: 'automation' as const,
      low: score,
      likely: score,
      high: score,
      rationale: `${option} rates ${score} on automation`,
      basis: { kind: 'judgement' as const, reasoning: '' },
    })),
  ],
};

describe('recommendation', () => {
  it('names winner, runner-up, margin and the reasons, citing the ratings and their rationale', () => {
    // vm 65 against sandboxed 60. Per criterion: isolation 45 − 30 = +15, performance 10 − 10 = 0,
    // portability 10 − 20 = −10: isolation is the only reason.
    const { recommendation, ranking } = evaluate(makeProfile(), fixtureCatalog);
    expect(recommendation).toMatchObject({ winner: 'vm', runnerUp: 'userspace-sandbox', margin: 5, methodsAgree: true });
    expect(recommendation.reasons).toEqual([
      {
        criterion: 'isolation',
        points: 15,
        sentence:
          'Isolation (weight 50%): Virtual machine rates 9/10 against 6/10 for Sandboxed container, +15.0 points — vm rates 9 on isolation.',
      },
    ]);
    expect(recommendation.winProbability).toBe(ranking[0]!.winProbability);
    expect(recommendation.confidence).toBe(confidenceOf(recommendation.winProbability!, 0));
  });

  it('explains every other option by the criterion where it loses most to the winner', () => {
    // Strict isolation: weights 2/3, 1/6, 1/6 and the container's isolation 2 − 1 = 1.
    //   vm 60 + 6⅔ + 6⅔ = 73.3; container 6⅔ + 11⅔ + 13⅓ = 31.7, losing (9 − 1) × 2/3 × 10 = 53.3 on isolation.
    const { recommendation, ranking } = evaluate(makeProfile({ 'isolation-need': 'strict' }), fixtureCatalog);
    const container =
      'Container scores 31.7 against 73.3 for Virtual machine; it loses most on Isolation (weight 67%), rating 1/10 ' +
      'against 9/10, 53.3 points behind — container rates 2 on isolation. For this workload: Namespaces alone fall short.';
    expect(recommendation.whyNot).toEqual([
      { option: 'userspace-sandbox', reason: expect.stringContaining('it loses most on Isolation (weight 67%)') },
      { option: 'container', reason: container },
    ]);
    expect(ranking.map((option) => option.reason)).toEqual([null, recommendation.whyNot[0]!.reason, container]);
  });

  it('keeps the three strongest reasons, largest first', () => {
    // Four criteria, weights 0.4, 0.2, 0.2, 0.2. With the other kernel only vm is left:
    // its contributions are isolation 36, automation 10, performance 8 and portability 8 (dropped: fourth, and later in the catalogue).
    const { recommendation } = evaluate(makeProfile({ kernel: 'other-kernel' }), withAutomation);
    expect(recommendation.reasons.map((reason) => [reason.criterion, reason.points])).toEqual([
      ['isolation', 36],
      ['automation', 10],
      ['performance', 8],
    ]);
    expect(recommendation.reasons[0]!.sentence).toBe(
      'Isolation (weight 40%): Virtual machine rates 9/10, 36.0 points — vm rates 9 on isolation.',
    );
  });

  it('ranks reasons against the runner-up by the points gained', () => {
    // vm 36 + 8 + 8 + 10 = 62, sandboxed 24 + 8 + 16 + 4 = 52, container 8 + 14 + 16 + 6 = 44.
    // Against sandboxed: isolation +12, automation +6, performance 0, portability −8.
    const { recommendation } = evaluate(makeProfile(), withAutomation);
    expect(recommendation.runnerUp).toBe('userspace-sandbox');
    expect(recommendation.reasons.map((reason) => reason.criterion)).toEqual(['isolation', 'automation']);
    expect(recommendation.reasons[1]!.points).toBeCloseTo(6, 12);
  });

  it('says so when only the winner is left open', () => {
    const { recommendation } = evaluate(makeProfile({ kernel: 'other-kernel' }), fixtureCatalog);
    expect(recommendation).toMatchObject({ winner: 'vm', runnerUp: null, margin: null, confidence: 'high', winProbability: 1 });
    expect(recommendation.whyNot).toEqual([
      { option: 'userspace-sandbox', reason: 'Sandboxed container is ruled out: Runs on a Linux-compatible kernel.' },
      { option: 'container', reason: 'Container is ruled out: Shares the host kernel.' },
    ]);
    expect(recommendation.summary).toBe(
      'For “Payments API”, Hostwise recommends Virtual machine (score 65.0/100). ' +
        'Confidence is high: it wins 100% of 10,000 random draws of the weights and of every rating within its range. ' +
        'It is the only option left open; its strongest criteria are Isolation (45.0 points), Performance (10.0 points) and Portability (10.0 points). ' +
        'Ruled out: Sandboxed container (Runs on a Linux-compatible kernel) and Container (Shares the host kernel).',
    );
  });

  it('writes a summary with the winner, confidence, margin, reasons and the TOPSIS check', () => {
    const { recommendation } = evaluate(makeProfile({ 'host-access': 'privileged' }), fixtureCatalog);
    const percent = `${Math.round(recommendation.winProbability! * 100)}%`;
    expect(recommendation.summary).toBe(
      'For “Payments API”, Hostwise recommends Virtual machine (score 65.0/100). ' +
        `Confidence is ${recommendation.confidence}: it wins ${percent} of 10,000 random draws of the weights and of every rating within its range. ` +
        'It leads Sandboxed container (60.0) by 5.0 points, mainly on Isolation (+15.0 points). ' +
        'TOPSIS and PROMETHEE II, two structurally different methods, agree. Ruled out: Container (Privileged containers own the host).',
    );
  });

  it('explains a tie that only the catalogue order breaks', () => {
    const twins = fixtureWith({ ...fixtureRatings, vm: fixtureRatings['userspace-sandbox'] });
    const { recommendation } = evaluate(makeProfile(), twins, { samples: 0 });
    expect(recommendation).toMatchObject({ winner: 'vm', runnerUp: 'userspace-sandbox', margin: 0, reasons: [] });
    expect(recommendation.whyNot[0]!.reason).toBe(
      'Sandboxed container scores 60.0 against 60.0 for Virtual machine: it rates the same on every weighted criterion and comes after it in the catalogue.',
    );
    expect(recommendation.summary).toContain('It ties with Sandboxed container (60.0) and comes first only on the tie-break');
  });

  it('maps the win probability to a confidence level', () => {
    expect([0.9, 0.8999, 0.7, 0.6999, 0].map((p) => confidenceOf(p, 0))).toEqual(['high', 'moderate', 'moderate', 'low', 'low']);
    // Sandboxed and container tie at 58 under weights 0.3 : 0.4 : 0.3, so draws split between them.
    const close = evaluate(makeProfile({}, { isolation: 3, performance: 4, portability: 3 }), fixtureCatalog);
    expect(close.recommendation.winProbability).toBeLessThan(0.7);
    expect(close.recommendation.confidence).toBe('low');
  });

  it('lowers the confidence one level for each other method that prefers another option', () => {
    expect([0, 1, 2].map((n) => confidenceOf(0.95, n))).toEqual(['high', 'moderate', 'low']);
    expect([0, 1, 2].map((n) => confidenceOf(0.75, n))).toEqual(['moderate', 'low', 'low']);
    expect(confidenceOf(0.5, 0)).toBe('low');
    // Isolation and portability only: the weighted sum and PROMETHEE II pick the sandbox, TOPSIS the vm.
    const { recommendation } = evaluate(makeProfile({}, { isolation: 1, performance: 0, portability: 1 }), fixtureCatalog);
    expect(recommendation.methods).toEqual({ weightedSum: 'userspace-sandbox', topsis: 'vm', promethee: 'userspace-sandbox' });
    expect(recommendation.confidence).toBe(confidenceOf(recommendation.winProbability!, 1));
  });
});

describe('recommendation status', () => {
  it('withholds the recommendation while a decisive question that could change the leader is unanswered', () => {
    const catalog = withDecisive(fixtureCatalog, 'load');
    const open = evaluate(makeProfile(), catalog, { samples: 1_000 });
    expect(open.recommendation).toMatchObject({ status: 'insufficient-answers', winner: 'vm', confidence: null });
    expect(open.recommendation.winProbability).not.toBeNull();
    expect(open.recommendation.summary).toBe(
      'For “Payments API”, there are not enough answers to recommend: Virtual machine leads so far, but the answer to ' +
        '“How does the load behave?”, “Is hardware virtualization available?” and “How strong must isolation be?” could change it. ' +
        'Answer these first. It leads Sandboxed container (60.0) by 5.0 points, mainly on Isolation (+15.0 points). ' +
        'TOPSIS and PROMETHEE II, two structurally different methods, agree.',
    );
    const answered = evaluate(makeProfile({ load: 'steady' }), catalog, { samples: 1_000 });
    expect(answered.recommendation.status).toBe('recommended');
    expect(answered.recommendation.confidence).toBe(confidenceOf(answered.recommendation.winProbability!, 0));
  });

  it('recommends when the only decisive questions left cannot change the leader', () => {
    // Kernel: another kernel rules out container and sandbox, so vm leads either way.
    const { recommendation, answerFirst } = evaluate(makeProfile(), withDecisive(fixtureCatalog, 'kernel'), { samples: 0 });
    expect(answerFirst.map((value) => value.questionId)).not.toContain('kernel');
    expect(recommendation.status).toBe('recommended');
  });

  it('reports no feasible option, with no confidence, when the answers rule out everything', () => {
    const { recommendation } = evaluate(makeProfile({ kernel: 'other-kernel', virtualization: 'not-available' }), fixtureCatalog);
    expect(recommendation).toMatchObject({ status: 'no-feasible-option', winner: 'vm', runnerUp: 'userspace-sandbox', confidence: null });
  });
});
