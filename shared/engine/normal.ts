import { nextInt32, nextUniform, type RandomState } from './random';

/*
 * Standard normal variates by the ziggurat method (Marsaglia & Tsang 2000), 128 layers. It needs a logarithm
 * in about 1 draw in 100, where Box–Muller and the polar method need one every other draw: on slow machines
 * Math.log dominated the simulation. The layer comes from the low 7 random bits and the value from the other 25,
 * so the two are independent (the original's shared bits bias the tails, Doornik 2005).
 */
const layers = 128;
const valueScale = 2 ** 24;
const tailStart = 3.442619855899;
const layerArea = 9.91256303526217e-3;

const threshold = new Int32Array(layers);
const width = new Float64Array(layers);
const density = new Float64Array(layers);
{
  const baseWidth = layerArea / Math.exp(-0.5 * tailStart * tailStart);
  let edge = tailStart;
  let previousEdge = edge;
  threshold[0] = Math.floor((edge / baseWidth) * valueScale);
  width[0] = baseWidth / valueScale;
  width[layers - 1] = edge / valueScale;
  density[0] = 1;
  density[layers - 1] = Math.exp(-0.5 * edge * edge);
  for (let i = layers - 2; i >= 1; i--) {
    edge = Math.sqrt(-2 * Math.log(layerArea / edge + Math.exp(-0.5 * edge * edge)));
    threshold[i + 1] = Math.floor((edge / previousEdge) * valueScale);
    previousEdge = edge;
    density[i] = Math.exp(-0.5 * edge * edge);
    width[i] = edge / valueScale;
  }
}

/**
 * Writes a standard normal draw into out[at]. Written rather than returned: V8 boxes on the heap a fractional
 * number returned from a call it did not inline, and whether it inlines this one depends on what it compiled
 * before.
 */
export function writeNormal(state: RandomState, out: Float64Array, at: number): void {
  for (;;) {
    const bits = nextInt32(state);
    const layer = bits & (layers - 1);
    const value = bits >> 7;
    const x = value * width[layer]!;
    if (Math.abs(value) < threshold[layer]!) {
      out[at] = x;
      return;
    }
    if (layer === 0) {
      out[at] = tail(state, value < 0);
      return;
    }
    const below = density[layer]!;
    if (below + nextUniform(state) * (density[layer - 1]! - below) < Math.exp(-0.5 * x * x)) {
      out[at] = x;
      return;
    }
  }
}

/** A draw from the normal tail beyond ±tailStart (Marsaglia 1964). */
function tail(state: RandomState, negative: boolean): number {
  let x: number, y: number;
  do {
    x = -Math.log(nextUniform(state)) / tailStart;
    y = -Math.log(nextUniform(state));
  } while (y + y < x * x);
  return negative ? -tailStart - x : tailStart + x;
}
