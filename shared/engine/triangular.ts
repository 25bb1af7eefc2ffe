import type { Range } from '../catalog/types';
import { fillUniforms, type RandomState } from './random';

/**
 * Per-cell constants of the triangular distribution over the cells whose range is not a point (the only ones
 * drawn), computed once per simulation so a draw needs one uniform and no division.
 */
export interface TriangularCells {
  /** Where each drawn cell goes in the row of ratings. */
  target: Int32Array;
  low: Float64Array;
  high: Float64Array;
  /** Where the mode splits the unit interval: (likely − low) / (high − low). */
  split: Float64Array;
  /** (high − low) × (likely − low) and (high − low) × (high − likely). */
  below: Float64Array;
  above: Float64Array;
  /** Room for one uniform per drawn cell, reused by every draw. */
  uniforms: Float64Array;
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
    uniforms: new Float64Array(target.length),
  };
}

/** Draws every drawn cell into its place in `out`, leaving the others as they are. Allocates nothing. */
export function fillTriangular(state: RandomState, cells: TriangularCells, out: Float64Array): void {
  const { target, low, high, split, below, above, uniforms } = cells;
  fillUniforms(state, uniforms);
  for (let i = 0; i < target.length; i++) {
    const u = uniforms[i]!;
    // Both sides computed and blended by a 0/1 mask, bit for bit the value a branch would give: which side a
    // draw falls on is random, and the mispredicted branch cost more than the second square root.
    const isBelow = +(u < split[i]!);
    out[target[i]!] = (low[i]! + Math.sqrt(u * below[i]!)) * isBelow + (high[i]! - Math.sqrt((1 - u) * above[i]!)) * (1 - isBelow);
  }
}
