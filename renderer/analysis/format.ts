import type { Range } from '../../shared/catalog';
import type { Confidence } from '../../shared/engine/types';

/** The engine's number formats, so the screen says exactly what the engine's sentences say. */
export { count, percent, points, rating, share } from '../../shared/engine/format';

/** Shown where a number does not exist (a ruled-out option's TOPSIS closeness, a skipped simulation). */
export const noValue = '—';

/** A method’s own score, two decimals: TOPSIS closeness (0–1), PROMETHEE II net flow (−1–1). */
export function closeness(value: number): string {
  return value.toFixed(2);
}

export type ConfidenceLevel = Confidence | 'unknown';

export const confidenceLevels: readonly ConfidenceLevel[] = ['high', 'moderate', 'low', 'unknown'];

export function confidenceLevel(confidence: Confidence | null): ConfidenceLevel {
  return confidence ?? 'unknown';
}

const confidenceWords: Record<ConfidenceLevel, string> = {
  high: 'High',
  moderate: 'Moderate',
  low: 'Low',
  unknown: 'Unknown',
};

export function confidenceLabel(level: ConfidenceLevel): string {
  return confidenceWords[level];
}

/** "1st", "2nd", "3rd", "4th" … */
export function ordinal(rank: number): string {
  const tens = rank % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][rank % 10] ?? 'th');
  return `${rank}${suffix}`;
}

/** A rating or weight change with its sign: "+1", "−0.5". */
export function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`;
}

/** A rating with its range: "7 (5–8)", or just "7" when the range is a single value. */
export function ratingRange({ low, likely, high }: Range): string {
  const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
  return low === high ? number(likely) : `${number(likely)} (${number(low)}–${number(high)})`;
}
