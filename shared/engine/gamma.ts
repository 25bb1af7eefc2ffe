import { writeNormal } from './normal';
import { fillUniforms, type RandomState } from './random';

/** Per-shape constants of Marsaglia & Tsang's Gamma sampler, computed once per simulation. */
export interface GammaShapes {
  d: Float64Array;
  c: Float64Array;
  /** 1/a for shapes a < 1, drawn as Gamma(a + 1) · U^(1/a); 0 for the others. */
  boost: Float64Array;
}

export function gammaShapes(shapes: readonly number[]): GammaShapes {
  const d = Float64Array.from(shapes, (shape) => (shape < 1 ? shape + 1 : shape) - 1 / 3);
  return {
    d,
    c: d.map((value) => 1 / Math.sqrt(9 * value)),
    boost: Float64Array.from(shapes, (shape) => (shape < 1 ? 1 / shape : 0)),
  };
}

/**
 * Writes independent Gamma(shape_k, 1) draws, one per shape, into `out` from `offset` on. Divided by their sum
 * they are one Dirichlet(shapes) draw. Allocates nothing.
 */
export function fillGammas(state: RandomState, shapes: GammaShapes, out: Float64Array, offset = 0): void {
  for (let k = 0; k < shapes.d.length; k++) writeGamma(state, shapes, k, out, offset + k);
}

/**
 * Marsaglia & Tsang (2000) for the k-th shape (d + 1/3 ≥ 1); the squeeze accepts most draws without a logarithm.
 * out[at] takes each random number on the way, then the draw: only integers and arrays cross the calls, as V8
 * boxes on the heap every fractional number passed to or returned from a call it did not inline.
 */
function writeGamma(state: RandomState, shapes: GammaShapes, k: number, out: Float64Array, at: number): void {
  const d = shapes.d[k]!;
  const c = shapes.c[k]!;
  let draw: number;
  for (;;) {
    let x: number, v: number;
    do {
      writeNormal(state, out, at);
      x = out[at]!;
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    fillUniforms(state, out, at, at + 1);
    const u = out[at]!;
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
      draw = d * v;
      break;
    }
  }
  const exponent = shapes.boost[k]!;
  if (exponent === 0) {
    out[at] = draw;
    return;
  }
  fillUniforms(state, out, at, at + 1);
  out[at] = draw * Math.pow(out[at]!, exponent);
}
