import type { Range } from '../catalog/types';
import { fillGammas, gammaShapes } from './gamma';
import { createRandomState } from './random';
import { fillTriangular, triangularCells } from './triangular';

export interface SimulationSettings {
  samples: number;
  seed: number;
  concentration: number;
}

/**
 * Share of draws that each contender wins. Each draw takes Dirichlet weights (alpha = concentration × weight)
 * and every rating from a triangular distribution over its range (low, likely, high).
 * `contenders` are rating ranges (catalogue criterion order) of the feasible options in ranking order, so a tie
 * in a draw goes to the better-ranked option. Criteria weighted 0 stay out of every draw: they count for nothing.
 */
export function winProbabilities(
  contenders: readonly (readonly Range[])[],
  weights: readonly number[],
  { samples, seed, concentration }: SimulationSettings,
): number[] {
  // A lone contender wins every draw: nothing to simulate.
  if (contenders.length === 1) return [1];
  // A criterion weighted 0 counts for nothing; one on which every contender has the same fixed rating adds the
  // same to every row, so it cannot change who wins a draw (the argmax): neither needs drawing.
  const active = weights.flatMap((weight, criterion) => (weight > 0 && !sameForAll(contenders, criterion) ? [criterion] : []));
  // Nothing left to tell the contenders apart: the first (best-ranked) wins every draw, as ties go to it.
  if (active.length === 0) return contenders.map((_, index) => (index === 0 ? 1 : 0));
  const shapes = gammaShapes(active.map((criterion) => concentration * weights[criterion]!));
  const ranges = contenders.flatMap((row) => active.map((criterion) => row[criterion]!));
  const cells = triangularCells(ranges);
  const state = createRandomState(seed);
  const draw = new Float64Array(active.length);
  // Point ranges (the neutral criteria) keep their value in every draw; only the others are drawn.
  const ratings = Float64Array.from(ranges, (range) => range.likely);
  const wins = new Uint32Array(contenders.length);
  for (let n = 0; n < samples; n++) {
    fillGammas(state, shapes, draw);
    fillTriangular(state, cells, ratings);
    wins[bestRow(ratings, draw)]!++;
  }
  return Array.from(wins, (count) => count / samples);
}

function sameForAll(contenders: readonly (readonly Range[])[], criterion: number): boolean {
  const first = contenders[0]![criterion]!;
  return contenders.every(({ [criterion]: range }) => range!.low === range!.high && range!.low === first.low && first.low === first.high);
}

/**
 * Index of the row of `ratings` (rows of draw.length) with the highest weighted sum; the first wins ties.
 * The draw need not be normalized into Dirichlet weights: dividing every sum by the same total keeps the order.
 */
function bestRow(ratings: Float64Array, draw: Float64Array): number {
  const width = draw.length;
  let best = 0;
  let bestScore = -1;
  for (let row = 0, offset = 0; offset < ratings.length; row++, offset += width) {
    let score = 0;
    for (let k = 0; k < width; k++) score += draw[k]! * ratings[offset + k]!;
    if (score > bestScore) {
      best = row;
      bestScore = score;
    }
  }
  return best;
}
