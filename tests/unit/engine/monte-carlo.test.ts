import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import { fillGammas, gammaShapes } from '../../../shared/engine/gamma';
import { winProbabilities } from '../../../shared/engine/monte-carlo';
import { writeNormal } from '../../../shared/engine/normal';
import { createRandomState, nextUniform } from '../../../shared/engine/random';
import { fixtureCatalog, fixtureRatings, fixtureWith, makeProfile } from './fixture';

const winShares = (evaluation: ReturnType<typeof evaluate>) =>
  Object.fromEntries(evaluation.ranking.map((option) => [option.option, option.winProbability]));

describe('seeded random draws', () => {
  it('gives the same uniform stream for the same seed, a different one for another, always inside (0, 1)', () => {
    const stream = (seed: number) => {
      const state = createRandomState(seed);
      return Array.from({ length: 1000 }, () => nextUniform(state));
    };
    const first = stream(7);
    expect(stream(7)).toEqual(first);
    expect(stream(8)).not.toEqual(first);
    expect(first.every((value) => value > 0 && value < 1)).toBe(true);
    expect(Math.abs(first.reduce((a, b) => a + b) / 1000 - 0.5)).toBeLessThan(0.03);
  });

  it('draws standard normal variates, tails included', () => {
    // Φ(−1) = 0.15866; P(|x| > 4) = 6.33e-5: beyond 3.44 only the ziggurat's tail sampler produces values.
    const draws = 1_000_000;
    const state = createRandomState(11);
    let sum = 0;
    let squares = 0;
    let belowMinusOne = 0;
    let beyondTail = 0;
    const out = new Float64Array(1);
    for (let n = 0; n < draws; n++) {
      writeNormal(state, out, 0);
      const x = out[0]!;
      sum += x;
      squares += x * x;
      if (x < -1) belowMinusOne++;
      if (Math.abs(x) > 4) beyondTail++;
    }
    expect(Math.abs(sum / draws)).toBeLessThan(0.005);
    expect(squares / draws).toBeCloseTo(1, 2);
    expect(belowMinusOne / draws).toBeCloseTo(0.15866, 2);
    expect(beyondTail).toBeGreaterThan(63 - 30);
    expect(beyondTail).toBeLessThan(63 + 30);
  });

  it('draws Gammas that normalize into Dirichlet vectors with the right mean and variance, shapes below 1 included', () => {
    // Dirichlet(α): mean α_i/α₀, variance α_i(α₀ − α_i) / (α₀²(α₀ + 1)), here α₀ = 8.
    const alpha = [0.3, 2, 5.7];
    const draws = 100_000;
    const shapes = gammaShapes(alpha);
    const state = createRandomState(3);
    const out = new Float64Array(3);
    const total = new Float64Array(3);
    const squares = new Float64Array(3);
    for (let n = 0; n < draws; n++) {
      fillGammas(state, shapes, out);
      const sum = out[0]! + out[1]! + out[2]!;
      out.forEach((value, k) => {
        total[k]! += value / sum;
        squares[k]! += (value / sum) ** 2;
      });
    }
    alpha.forEach((shape, k) => {
      const mean = total[k]! / draws;
      const variance = squares[k]! / draws - mean * mean;
      expect(mean).toBeCloseTo(shape / 8, 2);
      expect(variance).toBeCloseTo((shape * (8 - shape)) / (64 * 9), 3);
    });
  });
});

describe('Monte Carlo win probabilities', () => {
  it('agrees with a far larger independent simulation', () => {
    const standard = evaluate(makeProfile(), fixtureCatalog);
    const reference = evaluate(makeProfile(), fixtureCatalog, { samples: 200_000, seed: 99 });
    for (const option of ['vm', 'container', 'userspace-sandbox'] as const) {
      expect(Math.abs(winShares(standard)[option]! - winShares(reference)[option]!)).toBeLessThan(0.015);
    }
    expect(standard.monteCarlo).toEqual({ samples: 10_000, seed: 1, concentration: 40, varies: ['weights', 'ratings'] });
  });

  it('is reproducible for a seed and changes with it', () => {
    const draw = (seed: number) => winShares(evaluate(makeProfile(), fixtureCatalog, { samples: 2_000, seed }));
    expect(draw(5)).toEqual(draw(5));
    expect(draw(6)).not.toEqual(draw(5));
  });

  it('keeps draws closer to the profile’s weights as the concentration grows', () => {
    const share = (concentration: number) =>
      evaluate(makeProfile(), fixtureCatalog, { concentration }).recommendation.winProbability!;
    expect(share(400)).toBeGreaterThan(share(40));
    expect(share(40)).toBeGreaterThan(share(4));
  });

  it('leaves a criterion weighted 0 out of every draw', () => {
    // Without isolation, container (7, 8) beats vm (4, 4) and sandboxed (4, 8) under any weights.
    const evaluation = evaluate(makeProfile({}, { isolation: 0 }), fixtureCatalog);
    expect(winShares(evaluation)).toEqual({ container: 1, 'userspace-sandbox': 0, vm: 0 });
    expect(evaluation.recommendation.confidence).toBe('high');
  });

  it('gives a draw that ties to the better-ranked option', () => {
    const twins = fixtureWith({ ...fixtureRatings, vm: fixtureRatings['userspace-sandbox'] });
    const shares = winShares(evaluate(makeProfile(), twins));
    expect(shares['userspace-sandbox']).toBe(0);
    expect(shares.vm).toBeGreaterThan(0.5);
    expect(shares.vm! + shares.container!).toBeCloseTo(1, 12);
  });

  it('gives ruled-out options no wins and the feasible ones a total of 1', () => {
    const evaluation = evaluate(makeProfile({ 'host-access': 'privileged' }), fixtureCatalog);
    const shares = winShares(evaluation);
    expect(shares.container).toBe(0);
    expect(shares.vm! + shares['userspace-sandbox']!).toBeCloseTo(1, 12);
  });

  it('skips the simulation with 0 samples', () => {
    const evaluation = evaluate(makeProfile(), fixtureCatalog, { samples: 0 });
    expect(evaluation.ranking.every((option) => option.winProbability === null)).toBe(true);
    expect(evaluation.recommendation).toMatchObject({ confidence: null, winProbability: null });
    expect(evaluation.recommendation.summary).toContain('No Monte Carlo simulation was run');
  });

  it('rejects settings it cannot simulate with', () => {
    const profile = makeProfile();
    expect(() => evaluate(profile, fixtureCatalog, { samples: -1 })).toThrow(RangeError);
    expect(() => evaluate(profile, fixtureCatalog, { samples: 1.5 })).toThrow(RangeError);
    expect(() => evaluate(profile, fixtureCatalog, { seed: Number.NaN })).toThrow(RangeError);
    expect(() => evaluate(profile, fixtureCatalog, { concentration: 0 })).toThrow(RangeError);
  });
});

describe('Monte Carlo with ratings sampled from their ranges', () => {
  const point = (value: number) => ({ low: value, likely: value, high: value });
  const settings = { samples: 20_000, seed: 4, concentration: 40 };

  it('behaves exactly like a weights-only simulation when every range is a point', () => {
    // Reference: the same Dirichlet draws (same seed), ratings fixed; ties go to the first row.
    const rows = [[9, 4, 4], [2, 7, 8], [6, 4, 8]];
    const weights = [0.5, 0.25, 0.25];
    const state = createRandomState(settings.seed);
    const shapes = gammaShapes(weights.map((weight) => settings.concentration * weight));
    const draw = new Float64Array(3);
    const wins = [0, 0, 0];
    for (let n = 0; n < settings.samples; n++) {
      fillGammas(state, shapes, draw);
      const scores = rows.map((row) => row.reduce((total, rating, k) => total + rating * draw[k]!, 0));
      wins[scores.indexOf(Math.max(...scores))]!++;
    }
    const shares = winProbabilities(rows.map((row) => row.map(point)), weights, settings);
    expect(shares).toEqual(wins.map((count) => count / settings.samples));
  });

  it('samples a triangular distribution: P(rating > 5) is 0.75, 0.5 and 0.25 for likely 10, 5 and 0 on 0–10', () => {
    // One criterion against a fixed rival at 5: the share the ranged option wins is 1 − F(5).
    // F(5) = 5²/100 = 0.25 for (0, 10, 10); 0.5 for (0, 5, 10); 1 − 5²/100 = 0.75 for (0, 0, 10).
    const share = (likely: number) => winProbabilities([[{ low: 0, likely, high: 10 }], [point(5)]], [1], settings)[0]!;
    // 20,000 draws: standard error ≤ 0.0036, so 0.012 is more than three of them.
    expect(Math.abs(share(10) - 0.75)).toBeLessThan(0.012);
    expect(Math.abs(share(5) - 0.5)).toBeLessThan(0.012);
    expect(Math.abs(share(0) - 0.25)).toBeLessThan(0.012);
  });

  it('lowers the winner’s probability when wide ranges overlap', () => {
    // A (6, 6) dominates B (5, 5) at every weight: it wins every draw. With ranges ±4 around those values the
    // difference of the sums has mean 1 and standard deviation ≈ 1.6, so A wins about Φ(0.6) ≈ 0.73 of draws.
    const narrow = winProbabilities([[point(6), point(6)], [point(5), point(5)]], [0.5, 0.5], settings);
    const wide = winProbabilities(
      [
        [{ low: 2, likely: 6, high: 10 }, { low: 2, likely: 6, high: 10 }],
        [{ low: 1, likely: 5, high: 9 }, { low: 1, likely: 5, high: 9 }],
      ],
      [0.5, 0.5],
      settings,
    );
    expect(narrow).toEqual([1, 0]);
    expect(wide[0]).toBeGreaterThan(0.6);
    expect(wide[0]).toBeLessThan(0.85);
    expect(wide[0]! + wide[1]!).toBeCloseTo(1, 12);
  });

  it('carries the ranges through evaluate: the same likely ratings with wide ranges give the winner less', () => {
    const spread = (value: number) => ({ low: Math.max(0, value - 4), likely: value, high: Math.min(10, value + 4) });
    const ranged = fixtureWith({
      vm: [spread(9), spread(4), spread(4)],
      container: [spread(2), spread(7), spread(8)],
      'userspace-sandbox': [spread(6), spread(4), spread(8)],
    });
    const points = evaluate(makeProfile(), fixtureCatalog, { samples: 5_000 });
    const ranges = evaluate(makeProfile(), ranged, { samples: 5_000 });
    // Scores use the likely values, so the ranking is the same; only the simulation sees the spread.
    expect(ranges.ranking.map((o) => [o.option, o.score])).toEqual(points.ranking.map((o) => [o.option, o.score]));
    expect(ranges.ranking[0]!.contributions[0]!.range).toEqual({ low: 5, likely: 9, high: 10 });
    expect(ranges.recommendation.winProbability!).toBeLessThan(points.recommendation.winProbability! - 0.05);
  });
});
