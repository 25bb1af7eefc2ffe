import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../shared/catalog/types';
import { evaluate } from '../../../shared/engine';
import { confidenceOf } from '../../../shared/engine/recommendation';
import { fixtureCatalog, fixtureRatings, fixtureWith, makeProfile } from './fixture';

/** The fixture plus a fourth criterion, automation (base 1): vm 5, container 3, sandboxed 2. */
const withAutomation: Catalog = {
  ...fixtureCatalog,
  criteria: [
    ...fixtureCatalog.criteria,
    { id: 'automation', name: 'Automation', description: 'Tooling.', baseWeight: 1, citation: { source: 'seed', section: '' } },
  ],
  ratings: [
    ...fixtureCatalog.ratings,
    ...(
      [
        ['vm', 5],
        ['container', 3],
        ['sandboxed-container', 2],
      ] as const
    ).map(([option, score]) => ({
      option,
      criterion: 'automation' as const,
      score,
      rationale: `${option} rates ${score} on automation`,
      citation: { source: 'seed', section: '' },
    })),
  ],
};

describe('recommendation', () => {
  it('names winner, runner-up, margin and the reasons, citing the ratings and their rationale', () => {
    // vm 65 against sandboxed 60. Per criterion: isolation 45 − 30 = +15, performance 10 − 10 = 0,
    // portability 10 − 20 = −10: isolation is the only reason.
    const { recommendation, ranking } = evaluate(makeProfile(), fixtureCatalog);
    expect(recommendation).toMatchObject({ winner: 'vm', runnerUp: 'sandboxed-container', margin: 5, methodsAgree: true });
    expect(recommendation.reasons).toEqual([
      {
        criterion: 'isolation',
        points: 15,
        sentence:
          'Isolation (weight 50%): Virtual machine rates 9/10 against 6/10 for Sandboxed container, +15.0 points — vm rates 9 on isolation.',
      },
    ]);
    expect(recommendation.winProbability).toBe(ranking[0]!.winProbability);
    expect(recommendation.confidence).toBe(confidenceOf(recommendation.winProbability!));
  });

  it('explains every other option by the criterion where it loses most to the winner', () => {
    // Strict isolation: weights 2/3, 1/6, 1/6 and the container's isolation 2 − 1 = 1.
    //   vm 60 + 6⅔ + 6⅔ = 73.3; container 6⅔ + 11⅔ + 13⅓ = 31.7, losing (9 − 1) × 2/3 × 10 = 53.3 on isolation.
    const { recommendation, ranking } = evaluate(makeProfile({ 'isolation-need': 'strict' }), fixtureCatalog);
    const container =
      'Container scores 31.7 against 73.3 for Virtual machine; it loses most on Isolation (weight 67%), rating 1/10 ' +
      'against 9/10, 53.3 points behind — container rates 2 on isolation. For this workload: Namespaces alone fall short.';
    expect(recommendation.whyNot).toEqual([
      { option: 'sandboxed-container', reason: expect.stringContaining('it loses most on Isolation (weight 67%)') },
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
    expect(recommendation.runnerUp).toBe('sandboxed-container');
    expect(recommendation.reasons.map((reason) => reason.criterion)).toEqual(['isolation', 'automation']);
    expect(recommendation.reasons[1]!.points).toBeCloseTo(6, 12);
  });

  it('says so when only the winner is left open', () => {
    const { recommendation } = evaluate(makeProfile({ kernel: 'other-kernel' }), fixtureCatalog);
    expect(recommendation).toMatchObject({ winner: 'vm', runnerUp: null, margin: null, confidence: 'high', winProbability: 1 });
    expect(recommendation.whyNot).toEqual([
      { option: 'sandboxed-container', reason: 'Sandboxed container is ruled out: Runs on a Linux-compatible kernel.' },
      { option: 'container', reason: 'Container is ruled out: Shares the host kernel.' },
    ]);
    expect(recommendation.summary).toBe(
      'For “Payments API”, Hostwise recommends Virtual machine (score 65.0/100). ' +
        'Confidence is high: it wins 100% of 10,000 random draws of the weights around the profile’s own. ' +
        'It is the only option left open; its strongest criteria are Isolation (45.0 points), Performance (10.0 points) and Portability (10.0 points). ' +
        'Ruled out: Sandboxed container (Runs on a Linux-compatible kernel) and Container (Shares the host kernel).',
    );
  });

  it('writes a summary with the winner, confidence, margin, reasons and the TOPSIS check', () => {
    const { recommendation } = evaluate(makeProfile({ 'host-access': 'privileged' }), fixtureCatalog);
    const percent = `${Math.round(recommendation.winProbability! * 100)}%`;
    expect(recommendation.summary).toBe(
      'For “Payments API”, Hostwise recommends Virtual machine (score 65.0/100). ' +
        `Confidence is ${recommendation.confidence}: it wins ${percent} of 10,000 random draws of the weights around the profile’s own. ` +
        'It leads Sandboxed container (60.0) by 5.0 points, mainly on Isolation (+15.0 points). ' +
        'TOPSIS, a second scoring method, agrees. Ruled out: Container (Privileged containers own the host).',
    );
  });

  it('explains a tie that only the catalogue order breaks', () => {
    const twins = fixtureWith({ ...fixtureRatings, vm: fixtureRatings['sandboxed-container'] });
    const { recommendation } = evaluate(makeProfile(), twins, { samples: 0 });
    expect(recommendation).toMatchObject({ winner: 'vm', runnerUp: 'sandboxed-container', margin: 0, reasons: [] });
    expect(recommendation.whyNot[0]!.reason).toBe(
      'Sandboxed container scores 60.0 against 60.0 for Virtual machine: it rates the same on every weighted criterion and comes after it in the catalogue.',
    );
    expect(recommendation.summary).toContain('It ties with Sandboxed container (60.0) and comes first only on the tie-break');
  });

  it('maps the win probability to a confidence level', () => {
    expect([0.9, 0.8999, 0.7, 0.6999, 0].map(confidenceOf)).toEqual(['high', 'moderate', 'moderate', 'low', 'low']);
    // Sandboxed and container tie at 58 under weights 0.3 : 0.4 : 0.3, so draws split between them.
    const close = evaluate(makeProfile({}, { isolation: 3, performance: 4, portability: 3 }), fixtureCatalog);
    expect(close.recommendation.winProbability).toBeLessThan(0.7);
    expect(close.recommendation.confidence).toBe('low');
  });
});
