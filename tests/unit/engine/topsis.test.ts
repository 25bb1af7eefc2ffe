import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import { topsisCloseness } from '../../../shared/engine/topsis';
import { fixtureCatalog, makeProfile } from './fixture';

describe('TOPSIS cross-check', () => {
  it('matches the hand computation on the fixture', () => {
    // Column norms 11, 9, 12; weighted normalized matrix (weights 0.5, 0.25, 0.25):
    //   vm        (4.5/11, 1/9,  1/12)
    //   container (1/11,   7/36, 1/6)
    //   sandboxed (3/11,   1/9,  1/6)
    // ideal (4.5/11, 7/36, 1/6), anti-ideal (1/11, 1/9, 1/12).
    //   vm:        d+ = √((1/12)² + (1/12)²) = √2/12, d− = 3.5/11
    //   container: d+ = 3.5/11,                     d− = √2/12      → closeness of vm and container sum to 1
    //   sandboxed: d+ = √((1.5/11)² + (1/12)²),     d− = √((2/11)² + (1/12)²)
    const closeness = (toIdeal: number, toAntiIdeal: number) => toAntiIdeal / (toIdeal + toAntiIdeal);
    const evaluation = evaluate(makeProfile(), fixtureCatalog, { samples: 0 });
    const topsis = Object.fromEntries(evaluation.ranking.map((option) => [option.option, option.topsis]));
    expect(topsis.vm).toBeCloseTo(closeness(Math.SQRT2 / 12, 3.5 / 11), 12);
    expect(topsis.container).toBeCloseTo(closeness(3.5 / 11, Math.SQRT2 / 12), 12);
    expect(topsis['userspace-sandbox']).toBeCloseTo(
      closeness(Math.hypot(1.5 / 11, 1 / 12), Math.hypot(2 / 11, 1 / 12)),
      12,
    );
    expect(topsis.vm).toBeCloseTo(0.7297, 4);
    expect(evaluation.recommendation.methodsAgree).toBe(true);
  });

  it('reports disagreement when TOPSIS prefers another feasible option', () => {
    // Isolation and portability at 0.5 each (performance excluded):
    //   weighted sum: sandboxed 30 + 40 = 70 beats vm 45 + 20 = 65.
    //   TOPSIS: vm (4.5/11, 1/6), container (1/11, 1/3), sandboxed (3/11, 1/3);
    //   vm d+ = 1/6, d− = 3.5/11 → 21/32 ≈ 0.656; sandboxed d+ = 1.5/11, d− = √((2/11)² + (1/6)²) → ≈ 0.644.
    const evaluation = evaluate(makeProfile({}, { isolation: 1, performance: 0, portability: 1 }), fixtureCatalog, {
      samples: 0,
    });
    expect(evaluation.recommendation.winner).toBe('userspace-sandbox');
    expect(evaluation.ranking.find((option) => option.option === 'vm')!.topsis).toBeCloseTo(21 / 32, 12);
    expect(evaluation.recommendation.methodsAgree).toBe(false);
    // PROMETHEE II sides with the weighted sum here (net flows: sandbox 0.25, vm 0, container −0.25).
    expect(evaluation.recommendation.methods).toEqual({ weightedSum: 'userspace-sandbox', topsis: 'vm', promethee: 'userspace-sandbox' });
    expect(evaluation.recommendation.summary).toContain(
      'The methods disagree: TOPSIS prefers Virtual machine, so the choice is closer than the margin suggests.',
    );
  });

  it('ranks only the feasible options', () => {
    // Without the container the columns are (9, 6), (4, 4), (4, 8): performance tells nothing apart.
    const evaluation = evaluate(makeProfile({ 'host-access': 'privileged' }), fixtureCatalog, { samples: 0 });
    const [vm, sandboxed] = evaluation.ranking;
    // vm: d+ = 0.25 × 4/√80 (portability gap), d− = 0.5 × 3/√117 (isolation gap); sandboxed the other way round.
    const portabilityGap = (0.25 * 4) / Math.sqrt(80);
    const isolationGap = (0.5 * 3) / Math.sqrt(117);
    expect(vm!.topsis).toBeCloseTo(isolationGap / (portabilityGap + isolationGap), 12);
    expect(sandboxed!.topsis).toBeCloseTo(portabilityGap / (portabilityGap + isolationGap), 12);
  });

  it('gives 1 to alternatives that are all alike and lets a column of zeros contribute nothing', () => {
    expect(topsisCloseness([[5, 5], [5, 5]], [0.5, 0.5])).toEqual([1, 1]);
    expect(topsisCloseness([[0, 9], [0, 3]], [0.5, 0.5])).toEqual([1, 0]);
  });
});
