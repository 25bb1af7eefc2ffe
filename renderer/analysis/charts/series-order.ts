/*
 * Recharts sorts tooltip items alphabetically by default; this keeps the order of the series (ranking,
 * catalogue, confidence), so a tooltip reads like the chart and its legend.
 */
export function tooltipSorter(order: readonly string[]) {
  return (item: { name?: unknown }) => order.indexOf(String(item.name));
}
