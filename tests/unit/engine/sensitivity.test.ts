import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import { fixtureCatalog, fixtureWith, makeProfile } from './fixture';

describe('stability intervals', () => {
  it('matches the hand computation on the fixture', () => {
    // Isolation weight t, the others share 1 − t equally (they were 0.25 each):
    //   vm 10 (9t + 4(1−t)) = 40 + 50t, container 10 (2t + 7.5(1−t)) = 75 − 55t, sandboxed 10 (6t + 6(1−t)) = 60.
    //   vm ≥ sandboxed ⇔ t ≥ 0.4; vm ≥ container ⇔ t ≥ 1/3 → [0.4, 1], sandboxed takes over below.
    // Performance weight t, isolation and portability share 1 − t as 2 : 1:
    //   vm 10 (4t + (1−t)(6 + 4/3)) = 73⅓ − 33⅓t, container 10 (7t + (1−t)(4/3 + 8/3)) = 40 + 30t,
    //   sandboxed 10 (4t + (1−t)(4 + 8/3)) = 66⅔ − 26⅔t.
    //   vm ≥ container ⇔ t ≤ 10/19; vm ≥ sandboxed for every t ≤ 1 → [0, 10/19], container takes over above.
    // Portability weight t, isolation and performance share 1 − t as 2 : 1:
    //   vm (220 − 100t)/3, sandboxed (160 + 80t)/3, container (110 + 130t)/3.
    //   vm ≥ sandboxed ⇔ t ≤ 1/3; vm ≥ container ⇔ t ≤ 11/23 → [0, 1/3], sandboxed takes over above.
    const { sensitivity } = evaluate(makeProfile(), fixtureCatalog, { samples: 0 });
    expect(sensitivity.isolation).toEqual({
      criterion: 'isolation',
      weight: 0.5,
      low: expect.closeTo(0.4, 12),
      high: 1,
      takesOverBelow: 'userspace-sandbox',
      takesOverAbove: null,
    });
    expect(sensitivity.performance).toMatchObject({ low: 0, takesOverBelow: null, takesOverAbove: 'container' });
    expect(sensitivity.performance.high).toBeCloseTo(10 / 19, 12);
    expect(sensitivity.portability).toMatchObject({ low: 0, takesOverBelow: null, takesOverAbove: 'userspace-sandbox' });
    expect(sensitivity.portability.high).toBeCloseTo(1 / 3, 12);
  });

  it('spreads the rest equally when one criterion holds all the weight', () => {
    // Isolation alone (weight 1): moving it down gives the others (1 − t)/2 each, as in the default case.
    // Performance (weight 0) grows at the expense of isolation alone:
    //   vm 90 − 50t, container 20 + 50t, sandboxed 60 − 20t → vm holds while t ≤ 0.7.
    const { sensitivity, recommendation } = evaluate(
      makeProfile({}, { isolation: 1, performance: 0, portability: 0 }),
      fixtureCatalog,
      { samples: 0 },
    );
    expect(recommendation.winner).toBe('vm');
    expect(sensitivity.isolation).toMatchObject({ weight: 1, high: 1, takesOverBelow: 'userspace-sandbox' });
    expect(sensitivity.isolation.low).toBeCloseTo(0.4, 12);
    expect(sensitivity.performance).toMatchObject({ weight: 0, low: 0, takesOverAbove: 'container' });
    expect(sensitivity.performance.high).toBeCloseTo(0.7, 12);
  });

  it('spans the whole range with nobody taking over when only the winner is feasible', () => {
    const { sensitivity } = evaluate(makeProfile({ kernel: 'other-kernel' }), fixtureCatalog, { samples: 0 });
    for (const interval of Object.values(sensitivity)) {
      expect(interval).toMatchObject({ low: 0, high: 1, takesOverBelow: null, takesOverAbove: null });
    }
  });

  it('bounds the range from above for a winner that loses ground as the weight grows', () => {
    // Isolation and portability at 0.5 each (performance excluded): sandboxed 70 wins over vm 65.
    // Isolation weight t (portability 1 − t): sandboxed 80 − 20t, vm 40 + 50t, container 80 − 60t.
    // sandboxed ≥ vm ⇔ t ≤ 4/7; container ties it at t = 0 only, and ties hold → [0, 4/7], vm above.
    const { sensitivity } = evaluate(makeProfile({}, { isolation: 1, performance: 0, portability: 1 }), fixtureCatalog, {
      samples: 0,
    });
    expect(sensitivity.isolation).toMatchObject({ low: 0, takesOverBelow: null, takesOverAbove: 'vm' });
    expect(sensitivity.isolation.high).toBeCloseTo(4 / 7, 12);
  });

  it('names the rival that is best just past the bound when two cross the winner at the same weight', () => {
    // Isolation weight t, the others equal: vm 40 + 60t, container 70 − 30t, sandboxed 60 (65, 55, 60 at t = 0.5).
    // Both rivals meet vm at t = 1/3; just below, container (falling faster towards the right) is higher.
    const below = fixtureWith({ vm: [10, 4, 4], container: [4, 7, 7], 'userspace-sandbox': [6, 6, 6] });
    const lower = evaluate(makeProfile(), below, { samples: 0 }).sensitivity.isolation;
    expect(lower.low).toBeCloseTo(1 / 3, 12);
    expect(lower.takesOverBelow).toBe('container');

    // vm 80 − 40t, container 20 + 40t, sandboxed 35 + 20t: both meet vm at t = 0.75; just above, container is higher.
    const above = fixtureWith({ vm: [4, 8, 8], container: [6, 2, 2], 'userspace-sandbox': [5.5, 3.5, 3.5] });
    const upper = evaluate(makeProfile(), above, { samples: 0 }).sensitivity.isolation;
    expect(upper.high).toBeCloseTo(0.75, 12);
    expect(upper.takesOverAbove).toBe('container');
  });

  it('treats a bound that float arithmetic puts a hair inside the range as the end of the range', () => {
    // Base weights 4 : 2 : 0. Portability weight t, isolation and performance share 1 − t as 2 : 1:
    //   sandboxed 10 (10t + (1−t)(20/3 + 1/3)) = 70 + 30t, vm 10 (10t + (1−t)(8/3)) = 26⅔ + 73⅓t, container 40 − 30t.
    //   vm meets sandboxed exactly at t = 1 (computed as 0.9999999999999997), and ties hold: nobody takes over.
    const catalog = fixtureWith({ vm: [0, 8, 10], container: [4, 4, 1], 'userspace-sandbox': [10, 1, 10] }, [4, 2, 0]);
    const { sensitivity, recommendation } = evaluate(makeProfile(), catalog, { samples: 0 });
    expect(recommendation.winner).toBe('userspace-sandbox');
    expect(sensitivity.portability).toMatchObject({ low: 0, high: 1, takesOverBelow: null, takesOverAbove: null });
  });
});
