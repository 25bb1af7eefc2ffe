import { Swatch } from '../Swatch';

export interface LegendEntry {
  name: string;
  color: string;
}

/**
 * A chart's key, in the order of its series, as plain HTML under the drawing. Recharts' own legend measures
 * itself after every update of the chart; this one is laid out once and never redrawn while weights move.
 */
export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="hwa-legend">
      {entries.map(({ name, color }) => (
        <li key={name}>
          <Swatch color={color} />
          {name}
        </li>
      ))}
    </ul>
  );
}
