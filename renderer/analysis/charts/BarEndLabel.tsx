import type { ReactNode } from 'react';

/** Room between a bar's end and its label. */
const gap = 5;

/**
 * A bar's value just after its end, drawn by the bar's own shape as plain SVG text. Recharts' label list
 * wraps its text to the bar's width, measuring every new string in the DOM: a forced layout per label, on
 * every weight change.
 */
export function BarEndLabel({ end, y, height, children }: { end: number; y: number; height: number; children: ReactNode }) {
  return (
    <text className="hwa-bar-label" x={end + gap} y={y + height / 2} dominantBaseline="central">
      {children}
    </text>
  );
}
