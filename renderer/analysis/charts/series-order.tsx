import type { LegendPayload } from 'recharts';

/*
 * Recharts sorts legend and tooltip items alphabetically by default; these keep the order of the series
 * (ranking, catalogue, confidence), so a legend reads like the chart.
 */

export function legendProps(order: readonly string[]) {
  return {
    itemSorter: (item: LegendPayload) => order.indexOf(String(item.value)),
    // The body colour: a light series colour is fine for a swatch but not for reading.
    formatter: (value: unknown) => <span className="hwa-legend-text">{String(value)}</span>,
  };
}

export function tooltipSorter(order: readonly string[]) {
  return (item: { name?: unknown }) => order.indexOf(String(item.name));
}
