/**
 * Seeded pseudo-random numbers for the Monte Carlo simulation: mulberry32, small and fast.
 * The state lives in a one-element Int32Array passed to plain functions, which V8 inlines into the hot loop;
 * closures over a captured variable were measurably slower.
 */
export type RandomState = Int32Array;

export function createRandomState(seed: number): RandomState {
  return Int32Array.of(seed | 0);
}

/** The next 32 random bits, as a signed 32-bit integer. */
export function nextInt32(state: RandomState): number {
  const s = (state[0]! + 0x6d2b79f5) | 0;
  state[0] = s;
  let t = Math.imul(s ^ (s >>> 15), 1 | s);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return t ^ (t >>> 14);
}

/** Uniform on the open interval (0, 1), so log() is always safe. */
export function nextUniform(state: RandomState): number {
  return ((nextInt32(state) >>> 0) + 0.5) / 4294967296;
}
