import type { Range } from '../catalog/types';
import { fillGammas, gammaShapes, type GammaShapes } from './gamma';
import { createRandomState, fillUniforms, type RandomState } from './random';
import { fillTriangular, triangularCells, type TriangularCells } from './triangular';

export interface SimulationSettings {
  samples: number;
  seed: number;
  concentration: number;
}

/**
 * Draws are made in batches: the random numbers of every draw in the batch (in the seeded sequence's order), then
 * their ratings, then their winners. Three tight loops over typed arrays that stay in the cache, with no call
 * per draw that returns a number V8 might box on the heap.
 */
const batchSize = 128;

/** Room for one batch of draws, reused by every batch. */
interface Batch {
  shapes: GammaShapes;
  cells: TriangularCells;
  /** Ratings per draw: the contenders' rows of drawn criteria, one after the other. */
  width: number;
  /** Each draw's Gammas: its weights, not yet normalized. */
  gammas: Float64Array;
  /** Each draw's uniforms, one per drawn cell. */
  uniforms: Float64Array;
  /** Each draw's ratings. */
  ratings: Float64Array;
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
  const batch = newBatch(shapes, triangularCells(ranges), ranges);
  const state = createRandomState(seed);
  const wins = new Uint32Array(contenders.length);
  for (let done = 0; done < samples; done += batchSize) {
    const count = Math.min(batchSize, samples - done);
    drawBatch(state, batch, count);
    fillTriangular(batch.cells, batch.uniforms, batch.ratings, batch.width, count);
    for (let draw = 0; draw < count; draw++) wins[bestRow(batch, draw)]!++;
  }
  return Array.from(wins, (count) => count / samples);
}

function newBatch(shapes: GammaShapes, cells: TriangularCells, ranges: readonly Range[]): Batch {
  return {
    shapes,
    cells,
    width: ranges.length,
    gammas: new Float64Array(batchSize * shapes.d.length),
    uniforms: new Float64Array(batchSize * cells.target.length),
    // Point ranges (the neutral criteria) keep their value in every draw; only the others are drawn.
    ratings: Float64Array.from({ length: batchSize * ranges.length }, (_, index) => ranges[index % ranges.length]!.likely),
  };
}

/** The random numbers of `count` draws, in the seeded sequence's order: each draw's Gammas, then its uniforms. */
function drawBatch(state: RandomState, { shapes, gammas, uniforms, cells }: Batch, count: number): void {
  const weights = shapes.d.length;
  const drawn = cells.target.length;
  for (let n = 0; n < count; n++) {
    fillGammas(state, shapes, gammas, n * weights);
    fillUniforms(state, uniforms, n * drawn, (n + 1) * drawn);
  }
}

function sameForAll(contenders: readonly (readonly Range[])[], criterion: number): boolean {
  const first = contenders[0]![criterion]!;
  return contenders.every(({ [criterion]: range }) => range!.low === range!.high && range!.low === first.low && first.low === first.high);
}

/**
 * The row of a draw's ratings with the highest weighted sum; the first wins ties. The Gammas need not be
 * normalized into Dirichlet weights: dividing every sum by the same total keeps the order.
 */
function bestRow({ shapes, width, gammas, ratings }: Batch, draw: number): number {
  const criteria = shapes.d.length;
  const weightsAt = draw * criteria;
  const end = (draw + 1) * width;
  let best = 0;
  let bestScore = -1;
  for (let row = 0, offset = draw * width; offset < end; row++, offset += criteria) {
    let score = 0;
    for (let k = 0; k < criteria; k++) score += gammas[weightsAt + k]! * ratings[offset + k]!;
    if (score > bestScore) {
      best = row;
      bestScore = score;
    }
  }
  return best;
}
