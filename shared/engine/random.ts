/**
 * Seeded pseudo-random numbers for the Monte Carlo simulation: mulberry32, small and fast.
 * The state lives in a one-element Int32Array passed to plain functions, which V8 inlines into the hot loop;
 * closures over a captured variable were measurably slower.
 */
export type RandomState = Int32Array;

const increment = 0x6d2b79f5;

export function createRandomState(seed: number): RandomState {
  return Int32Array.of(seed | 0);
}

/** The next 32 random bits, as a signed 32-bit integer. */
export function nextInt32(state: RandomState): number {
  const s = (state[0]! + increment) | 0;
  state[0] = s;
  return bitsAt(s);
}

/** Uniform on the open interval (0, 1), so log() is always safe. */
export function nextUniform(state: RandomState): number {
  return toUniform(nextInt32(state));
}

/**
 * Fills out[start] to out[end − 1] with the next uniforms, the same as as many nextUniform calls. The state stays
 * in a local between draws: written back to memory after each one, it was the bottleneck of long runs of draws.
 */
export function fillUniforms(state: RandomState, out: Float64Array, start: number, end: number): void {
  let s = state[0]!;
  for (let i = start; i < end; i++) {
    s = (s + increment) | 0;
    out[i] = toUniform(bitsAt(s));
  }
  state[0] = s;
}

function bitsAt(s: number): number {
  let t = Math.imul(s ^ (s >>> 15), 1 | s);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return t ^ (t >>> 14);
}

function toUniform(bits: number): number {
  return ((bits >>> 0) + 0.5) / 4294967296;
}
