import { useId, type ReactNode } from 'react';
import { RechartsThemeProvider } from 'recharts';
import type { Catalog } from '../../../shared/catalog';
import type { Evaluation } from '../../../shared/engine/types';
import '../analysis.css';
import { ChartLegend, type LegendEntry } from './ChartLegend';
import { DataTable } from './DataTable';
import { chartTheme } from './theme';

/** What every chart of one evaluation takes. */
export interface ChartProps {
  evaluation: Evaluation;
  catalog: Catalog;
  /** Fixed size for paper. Charts never animate, so what prints is always the finished chart. */
  print?: boolean;
}

/** Width of a chart on paper: an A4 or Letter page's text column at 96 px per inch, with room to spare. */
export const printWidth = 640;

export interface ChartSize {
  /** Props for the Recharts chart: fills its column on screen, a fixed size on paper. */
  width: number | '100%';
  height: number;
  responsive: boolean;
}

export function chartSize(height: number, print: boolean): ChartSize {
  return print ? { width: printWidth, height, responsive: false } : { width: '100%', height, responsive: true };
}

interface ChartFigureProps {
  title: string;
  /** One or two sentences that say what the chart shows and what it means here. */
  description: string;
  table: { head: readonly string[]; rows: readonly (readonly string[])[] };
  /** The key to the series' colours, when there is more than one colour to tell apart. */
  legend?: readonly LegendEntry[];
  className?: string;
  children: ReactNode;
}

/** A chart with its accessible name, a description, and its data as a table for screen readers. */
export function ChartFigure({ title, description, table, legend, className, children }: ChartFigureProps) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <figure className={`hwa-chart ${className ?? ''}`} aria-labelledby={titleId} aria-describedby={descriptionId}>
      <figcaption>
        <h3 id={titleId}>{title}</h3>
        <p id={descriptionId} className="hwa-chart-description">
          {description}
        </p>
      </figcaption>
      <div className="hwa-chart-canvas">
        <RechartsThemeProvider value={chartTheme}>{children}</RechartsThemeProvider>
      </div>
      {legend ? <ChartLegend entries={legend} /> : null}
      <DataTable caption={title} head={table.head} rows={table.rows} />
    </figure>
  );
}
