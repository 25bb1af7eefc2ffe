import type { ReactElement } from 'react';
import { Bar, CartesianGrid, XAxis, YAxis, type BarShapeProps } from 'recharts';

/** Width of the names on the category axis: room for "Sandboxed container (ruled out)" in two lines. */
const categoryAxisWidth = 175;

interface BarFrame {
  /** The value axis: its ticks (the first and the last are its ends), their format, and its title. */
  ticks: number[];
  format?: (value: number) => string;
  title: string;
  /** Data keys: each bar's name on the category axis, and its value (a number, or a [low, high] pair). */
  category: string;
  value: string;
  /** The series' name, as Recharts' own tooltip shows it. */
  name: string;
  shape: (props: BarShapeProps) => ReactElement;
  tooltip: ReactElement;
}

/**
 * What a horizontal bar chart draws besides its data: grid, axes, one series of bars drawn by `shape`, and
 * the tooltip. Built once per chart at module level: the same elements on every render let Recharts skip
 * re-registering axes and series, so a new evaluation changes only the data.
 */
export function barFrame({ ticks, format, title, category, value, name, shape, tooltip }: BarFrame): ReactElement {
  return (
    <>
      <CartesianGrid horizontal={false} />
      {/* The title sits under the ticks, inside the axis's own height, so inside the drawing. */}
      <XAxis
        type="number"
        domain={[Math.min(...ticks), Math.max(...ticks)]}
        ticks={ticks}
        tickFormatter={format}
        label={{ value: title, position: 'insideBottom', offset: 0 }}
        height={42}
      />
      <YAxis type="category" dataKey={category} width={categoryAxisWidth} />
      <Bar dataKey={value} name={name} shape={shape} isAnimationActive={false} />
      {tooltip}
    </>
  );
}
