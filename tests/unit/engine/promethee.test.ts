import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import { prometheeNetFlows } from '../../../shared/engine/promethee';
import { fixtureCatalog, makeProfile } from './fixture';

describe('PROMETHEE II net flows', () => {
  it('matches a hand computation on three options (linear preference between 0.5 and 3)', () => {
    // A (9, 4), B (2, 7), C (6, 5), weights 0.5 each. Preference degree of a difference d: 0 up to 0.5,
    // (d − 0.5)/2.5 up to 3, then 1.
    //   criterion 1: A−B 7 → 1, A−C 3 → 1, C−B 4 → 1.  criterion 2: B−A 3 → 1, B−C 2 → 0.6, C−A 1 → 0.2.
    //   π(A,B) = 0.5, π(B,A) = 0.5; π(A,C) = 0.5, π(C,A) = 0.1; π(B,C) = 0.3, π(C,B) = 0.5.
    //   A: (1 − 0.6)/2 = 0.2;  B: (0.8 − 1)/2 = −0.1;  C: (0.6 − 0.8)/2 = −0.1.
    const flows = prometheeNetFlows([[9, 4], [2, 7], [6, 5]], [0.5, 0.5]);
    expect(flows[0]).toBeCloseTo(0.2, 12);
    expect(flows[1]).toBeCloseTo(-0.1, 12);
    expect(flows[2]).toBeCloseTo(-0.1, 12);
    expect(flows.reduce((a, b) => a + b)).toBeCloseTo(0, 12);
  });

  it('ignores differences up to the indifference threshold and counts those from the preference threshold fully', () => {
    expect(prometheeNetFlows([[0.5], [0]], [1])).toEqual([0, 0]);
    expect(prometheeNetFlows([[1.75], [0]], [1])).toEqual([0.5, -0.5]);
    expect(prometheeNetFlows([[3], [0]], [1])).toEqual([1, -1]);
    expect(prometheeNetFlows([[10], [0]], [1])).toEqual([1, -1]);
  });

  it('gives a lone option a flow of 0', () => {
    expect(prometheeNetFlows([[4, 4]], [0.5, 0.5])).toEqual([0]);
  });

  it('reports flows of the feasible options on the fixture, summing to 0, and null for ruled-out ones', () => {
    // Weights 0.5, 0.25, 0.25; every pairwise difference is 0 or ≥ 3, so degrees are 0 or 1:
    //   π(vm,c) = 0.5, π(c,vm) = 0.5; π(vm,s) = 0.5, π(s,vm) = 0.25; π(s,c) = 0.5, π(c,s) = 0.25.
    //   vm (1 − 0.75)/2 = 0.125, container (0.75 − 1)/2 = −0.125, sandbox (0.75 − 0.75)/2 = 0.
    const flows = (answers = {}) =>
      Object.fromEntries(evaluate(makeProfile(answers), fixtureCatalog, { samples: 0 }).ranking.map((o) => [o.option, o.promethee]));
    expect(flows()).toEqual({ vm: 0.125, container: -0.125, 'userspace-sandbox': 0 });
    // Without the container: π(vm,s) = 0.5, π(s,vm) = 0.25 → ±0.25.
    expect(flows({ 'host-access': 'privileged' })).toEqual({ vm: 0.25, 'userspace-sandbox': -0.25, container: null });
  });
});
