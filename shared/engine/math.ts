/** Scores and closeness values closer than this are treated as equal (float noise, not a real difference). */
export const TOLERANCE = 1e-9;

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Comparator for descending order; values within TOLERANCE compare equal so a later key can decide. */
export function descending(a: number, b: number): number {
  return Math.abs(a - b) <= TOLERANCE ? 0 : b - a;
}
