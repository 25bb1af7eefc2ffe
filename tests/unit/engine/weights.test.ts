import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import { fixtureCatalog, makeProfile } from './fixture';

const run = (...args: Parameters<typeof makeProfile>) => evaluate(makeProfile(...args), fixtureCatalog, { samples: 0 });

describe('criterion weights', () => {
  it('normalizes the base weights when nothing is answered', () => {
    // Base 2 : 1 : 1, total 4 → 0.5, 0.25, 0.25.
    const { weights, weightProvenance } = run();
    expect(weights).toEqual({ isolation: 0.5, performance: 0.25, portability: 0.25 });
    expect(weightProvenance[0]).toEqual({
      criterion: 'isolation',
      weight: 0.5,
      base: 2,
      adjustments: [],
      derived: 2,
      override: null,
    });
  });

  it('adds the chosen answers’ deltas and records which answer moved the weight', () => {
    // Strict isolation: 2 + 2 = 4 against 1 and 1, total 6 → 2/3, 1/6, 1/6.
    const { weights, weightProvenance } = run({ 'isolation-need': 'strict' });
    expect(weights.isolation).toBeCloseTo(2 / 3, 12);
    expect(weights.performance).toBeCloseTo(1 / 6, 12);
    expect(weightProvenance[0]).toMatchObject({
      derived: 4,
      adjustments: [{ questionId: 'isolation-need', answerId: 'strict', delta: 2 }],
    });
  });

  it('floors a raw weight pushed below zero at zero', () => {
    // Relaxed isolation: 2 − 3 = −1 → 0; the rest split 1 : 1.
    const { weights, weightProvenance } = run({ 'isolation-need': 'relaxed' });
    expect(weightProvenance[0]!.derived).toBe(0);
    expect(weights).toEqual({ isolation: 0, performance: 0.5, portability: 0.5 });
  });

  it('lets an override replace the derived raw weight, including an override of 0', () => {
    // Raw 2, 5, 1 → 0.25, 0.625, 0.125.
    const raised = run({}, { performance: 5 });
    expect(raised.weights).toEqual({ isolation: 0.25, performance: 0.625, portability: 0.125 });
    expect(raised.weightProvenance[1]).toMatchObject({ derived: 1, override: 5, weight: 0.625 });

    const ignored = run({ 'isolation-need': 'strict' }, { isolation: 0 });
    expect(ignored.weights).toEqual({ isolation: 0, performance: 0.5, portability: 0.5 });
    expect(ignored.weightProvenance[0]).toMatchObject({ derived: 4, override: 0 });
  });

  it('falls back to equal weights when every raw weight is 0', () => {
    const { weights } = run({ 'isolation-need': 'relaxed' }, { performance: 0, portability: 0 });
    expect(weights).toEqual({ isolation: 1 / 3, performance: 1 / 3, portability: 1 / 3 });
  });

  it('ignores answers the catalogue does not know and lists them by question id', () => {
    const evaluation = run({ zebra: 'stripes', kernel: 'windows', load: 'bursty' });
    expect(evaluation.ignoredAnswers).toEqual([
      { questionId: 'kernel', answerId: 'windows' },
      { questionId: 'zebra', answerId: 'stripes' },
    ]);
    // The known answer still applies: performance 1 + 1 = 2 of 2 + 2 + 1.
    expect(evaluation.weights.performance).toBeCloseTo(0.4, 12);
  });
});
