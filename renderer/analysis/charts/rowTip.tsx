import type { ReactNode } from 'react';
import type { TooltipContentProps } from 'recharts';

/** Recharts tooltip content for the data row under the pointer: its title, then what the chart says of it. */
export function rowTip<Row>(describe: (row: Row) => { title: string; body: ReactNode }) {
  return function RowTip({ active, payload }: TooltipContentProps) {
    const row = payload[0]?.payload as Row | undefined;
    if (!active || !row) return null;
    const { title, body } = describe(row);
    return (
      <div className="hwa-chart-tip">
        <strong>{title}</strong>
        {body}
      </div>
    );
  };
}
