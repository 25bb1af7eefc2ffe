import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import { fixtureCatalog, fixtureRatings, fixtureWith, makeProfile } from './fixture';

const order = (evaluation: ReturnType<typeof evaluate>) => evaluation.ranking.map((option) => option.option);

describe('adjusted ratings and weighted-sum scores', () => {
  it('scores 100 × Σ weight × rating / 10 and explains each point', () => {
    // Weights 0.5, 0.25, 0.25:
    //   vm        10 × (0.5×9 + 0.25×4 + 0.25×4) = 45 + 10 + 10 = 65
    //   sandboxed 10 × (0.5×6 + 0.25×4 + 0.25×8) = 30 + 10 + 20 = 60
    //   container 10 × (0.5×2 + 0.25×7 + 0.25×8) = 10 + 17.5 + 20 = 47.5
    const evaluation = evaluate(makeProfile(), fixtureCatalog, { samples: 0 });
    expect(evaluation.ranking.map((option) => [option.option, option.rank, option.score])).toEqual([
      ['vm', 1, 65],
      ['userspace-sandbox', 2, 60],
      ['container', 3, 47.5],
    ]);
    expect(evaluation.ranking[2]!.contributions.map((contribution) => contribution.points)).toEqual([10, 17.5, 20]);
  });

  it('adjusts ratings by the chosen answers, clamped to 0–10, with the reason of each adjustment', () => {
    // Bursty: weights 2, 2, 1 → 0.4, 0.4, 0.2.
    //   vm portability 4 − 5 → 0; container portability 8 + 4 → 10; sandboxed performance 4 + 1 = 5.
    //   sandboxed 10 × (0.4×6 + 0.4×5 + 0.2×8)  = 24 + 20 + 16 = 60
    //   container 10 × (0.4×2 + 0.4×7 + 0.2×10) = 8 + 28 + 20  = 56
    //   vm        10 × (0.4×9 + 0.4×4 + 0.2×0)  = 36 + 16 + 0  = 52
    const evaluation = evaluate(makeProfile({ load: 'bursty' }), fixtureCatalog, { samples: 0 });
    expect(evaluation.ranking.map((option) => [option.option, option.score])).toEqual([
      ['userspace-sandbox', 60],
      ['container', 56],
      ['vm', 52],
    ]);
    const vmPortability = evaluation.ranking[2]!.contributions[2]!;
    expect(vmPortability).toEqual({
      criterion: 'portability',
      rating: 4,
      adjustedRating: 0,
      range: { low: 0, likely: 0, high: 0 },
      adjustments: [
        {
          questionId: 'load',
          answerId: 'bursty',
          rule: 'heavy-images',
          because: [{ questionId: 'load', answerId: 'bursty' }],
          delta: -5,
          reason: 'Images are heavy to move.',
        },
      ],
      weight: 0.2,
      points: 0,
    });
    expect(evaluation.ranking[1]!.contributions[2]!.adjustedRating).toBe(10);
  });

  it('breaks a score tie by TOPSIS closeness', () => {
    // Overrides 3 : 4 : 3 → 0.3, 0.4, 0.3: sandboxed 18 + 16 + 24 = 58 and container 6 + 28 + 24 = 58.
    const evaluation = evaluate(makeProfile({}, { isolation: 3, performance: 4, portability: 3 }), fixtureCatalog, {
      samples: 0,
    });
    const [first, second] = evaluation.ranking;
    expect(first!.score).toBeCloseTo(second!.score, 9);
    expect(first!.topsis!).toBeGreaterThan(second!.topsis!);
    expect(order(evaluation).slice(0, 2)).toEqual(['userspace-sandbox', 'container']);
  });

  it('breaks a tie in both methods by catalogue order', () => {
    const twins = fixtureWith({ ...fixtureRatings, container: fixtureRatings['userspace-sandbox'] });
    expect(order(evaluate(makeProfile(), twins, { samples: 0 }))).toEqual(['vm', 'container', 'userspace-sandbox']);
  });

  it('throws when the catalogue lacks a rating', () => {
    const gap = { ...fixtureCatalog, ratings: fixtureCatalog.ratings.slice(1) };
    expect(() => evaluate(makeProfile(), gap)).toThrow('no rating of option "vm" on criterion "isolation"');
  });
});

describe('rule-outs', () => {
  it('ranks a ruled-out option last with its reason, even when it scores best', () => {
    // Performance and portability only: container 10 × (0.5×7 + 0.5×8) = 75 beats sandboxed 60 and vm 40.
    const evaluation = evaluate(makeProfile({ 'host-access': 'privileged' }, { isolation: 0 }), fixtureCatalog);
    const container = evaluation.ranking.at(-1)!;
    expect(order(evaluation)).toEqual(['userspace-sandbox', 'vm', 'container']);
    expect(container).toMatchObject({
      option: 'container',
      rank: 3,
      score: 75,
      ruledOut: true,
      topsis: null,
      winProbability: 0,
      reason: 'Container is ruled out: Privileged containers own the host.',
      promethee: null,
      ruleOuts: [
        {
          questionId: 'host-access',
          answerId: 'privileged',
          rule: 'privileged-owns-host',
          because: [{ questionId: 'host-access', answerId: 'privileged' }],
          reason: 'Privileged containers own the host.',
        },
      ],
    });
    expect(evaluation.recommendation.winner).toBe('userspace-sandbox');
  });

  it('orders several ruled-out options by score after the feasible one', () => {
    const evaluation = evaluate(makeProfile({ kernel: 'other-kernel' }), fixtureCatalog, { samples: 0 });
    expect(evaluation.ranking.map((option) => [option.option, option.ruledOut])).toEqual([
      ['vm', false],
      ['userspace-sandbox', true],
      ['container', true],
    ]);
  });

  it('shifts the whole range of a rating and clamps each end to 0–10', () => {
    // vm portability 2 / 4 / 7 − 5 → 0 / 0 / 2; container portability 6 / 8 / 9 + 4 → 10 / 10 / 10.
    const ranged = fixtureWith({
      ...fixtureRatings,
      vm: [9, 4, { low: 2, likely: 4, high: 7 }],
      container: [2, 7, { low: 6, likely: 8, high: 9 }],
    });
    const evaluation = evaluate(makeProfile({ load: 'bursty' }), ranged, { samples: 0 });
    const portability = (id: string) => evaluation.ranking.find((option) => option.option === id)!.contributions[2]!;
    expect(portability('vm')).toMatchObject({ rating: 4, adjustedRating: 0, range: { low: 0, likely: 0, high: 2 } });
    expect(portability('container')).toMatchObject({ rating: 8, adjustedRating: 10, range: { low: 10, likely: 10, high: 10 } });
  });

  it('ranks every option by score without throwing when the answers rule out all of them', () => {
    // Another kernel rules out container and sandbox; no hypervisor support for it rules out the vm too.
    const evaluation = evaluate(makeProfile({ kernel: 'other-kernel', 'guest-os': 'unsupported' }), fixtureCatalog);
    expect(evaluation.ranking.map((option) => [option.option, option.ruledOut, option.topsis, option.promethee])).toEqual([
      ['vm', true, null, null],
      ['userspace-sandbox', true, null, null],
      ['container', true, null, null],
    ]);
    expect(evaluation.recommendation).toMatchObject({ status: 'no-feasible-option', winner: 'vm', confidence: null });
    expect(evaluation.recommendation.summary).toMatch(/rule out every option, so Hostwise recommends none/);
    // Each rule-out alone leaves an option open.
    expect(evaluate(makeProfile({ kernel: 'other-kernel' }), fixtureCatalog, { samples: 0 }).recommendation.status).toBe('recommended');
  });
});
