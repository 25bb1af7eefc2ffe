import { fillGammas, gammaShapes } from './gamma';
import { createRandomState } from './random';

export interface SimulationSettings {
  samples: number;
  seed: number;
  concentration: number;
}

/**
 * Share of Dirichlet weight draws (alpha = concentration × weight) that each contender wins.
 * `contenders` are rating rows (catalogue criterion order) of the feasible options in ranking order, so a tie
 * in a draw goes to the better-ranked option. Criteria weighted 0 stay out of every draw: the user excluded them.
 */
export function winProbabilities(
  contenders: readonly (readonly number[])[],
  weights: readonly number[],
  { samples, seed, concentration }: SimulationSettings,
): number[] {
  const active = weights.flatMap((weight, criterion) => (weight > 0 ? [criterion] : []));
  const shapes = gammaShapes(active.map((criterion) => concentration * weights[criterion]!));
  const ratings = Float64Array.from(contenders.flatMap((row) => active.map((criterion) => row[criterion]!)));
  const state = createRandomState(seed);
  const draw = new Float64Array(active.length);
  const wins = new Uint32Array(contenders.length);
  for (let n = 0; n < samples; n++) {
    fillGammas(state, shapes, draw);
    wins[bestRow(ratings, draw)]!++;
  }
  return Array.from(wins, (count) => count / samples);
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
