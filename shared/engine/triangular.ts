import type { Range } from '../catalog/types';

/**
 * Per-cell constants of the triangular distribution over the cells whose range is not a point (the only ones
 * drawn), computed once per simulation so a draw needs one square root and no division.
 */
export interface TriangularCells {
  /** Where each drawn cell goes in a row of ratings. */
  target: Int32Array;
  low: Float64Array;
  high: Float64Array;
  /** Where the mode splits the unit interval: (likely − low) / (high − low). */
  split: Float64Array;
  /** (high − low) × (likely − low) and (high − low) × (high − likely). */
  below: Float64Array;
  above: Float64Array;
}

export function triangularCells(ranges: readonly Range[]): TriangularCells {
  const target = Int32Array.from(ranges.flatMap((range, index) => (range.high > range.low ? [index] : [])));
  const drawn = Array.from(target, (index) => ranges[index]!);
  const width = (range: Range) => range.high - range.low;
  return {
    target,
    low: Float64Array.from(drawn, (range) => range.low),
    high: Float64Array.from(drawn, (range) => range.high),
    split: Float64Array.from(drawn, (range) => (range.likely - range.low) / width(range)),
    below: Float64Array.from(drawn, (range) => width(range) * (range.likely - range.low)),
    above: Float64Array.from(drawn, (range) => width(range) * (range.high - range.likely)),
  };
}

/**
 * Turns `count` rows of uniforms (one per drawn cell) into triangular draws, each into its place in the matching
 * row of `out` (rows of `width` ratings); the point cells keep what they hold. Allocates nothing.
 */
export function fillTriangular(cells: TriangularCells, uniforms: Float64Array, out: Float64Array, width: number, count: number): void {
  const { target, low, high, split, below: belowArea, above: aboveArea } = cells;
  const drawn = target.length;
  for (let row = 0; row < count; row++) {
    for (let i = 0; i < drawn; i++) {
      const u = uniforms[row * drawn + i]!;
      // Which side of the mode a draw falls on is random, so a branch on it is mispredicted half the time: a 0/1
      // mask picks each side's terms instead, bit for bit the values the branch would give.
      const below = +(u < split[i]!);
      const above = 1 - below;
      const offset = Math.sqrt(below * u * belowArea[i]! + above * (1 - u) * aboveArea[i]!);
      out[row * width + target[i]!] = below * low[i]! + above * high[i]! + (below - above) * offset;
    }
  }
}
