import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from 'recharts';
import type { OptionId } from '../../../shared/catalog';
import type { StabilityInterval } from '../../../shared/engine/types';
import { criteriaOf } from '../evaluation';
import { percent } from '../format';
import { labelsOf, type Labels } from '../labels';
import { categoryAxisWidth, ChartFigure, chartSize, titledAxis, type ChartProps } from './ChartFigure';
import { legendProps } from './series-order';
import { byFragility, stabilitySentence } from './stability';

const title = 'How far each weight can move before the winner changes';

interface Row {
  criterion: string;
  interval: StabilityInterval;
  /** [low, high]: Recharts draws an array value as a bar between the two. */
  range: [number, number];
  /** Who takes over below and above the interval, e.g. "↓ VM  ↑ Sandboxed". */
  takeovers: string;
  sentence: string;
}

function toRow(interval: StabilityInterval, winner: OptionId, labels: Labels): Row {
  const { takesOverBelow, takesOverAbove } = interval;
  return {
    criterion: labels.criterion(interval.criterion),
    interval,
    range: [interval.low, interval.high],
    takeovers: [
      takesOverBelow ? `↓ ${labels.shortOption(takesOverBelow)}` : '',
      takesOverAbove ? `↑ ${labels.shortOption(takesOverAbove)}` : '',
    ].join('  ').trim(),
    sentence: stabilitySentence(interval, winner, labels),
  };
}

/**
 * Tornado of the stability intervals: per criterion, the weight range (others rescaled) within which the
 * winner holds, a mark at the current weight, and who takes over beyond each end.
 */
export function StabilityTornado({ evaluation, catalog, print = false }: ChartProps) {
  const labels = labelsOf(catalog);
  const winner = evaluation.recommendation.winner;
  const rows = byFragility(criteriaOf(evaluation).map((criterion) => evaluation.sensitivity[criterion])).map((interval) =>
    toRow(interval, winner, labels),
  );
  const seriesName = `Weights at which ${labels.option(winner)} stays the winner`;
  const description = `Each bar spans the weights of one criterion (the others rescaled to fit) at which ${labels.option(winner)} stays the winner; the vertical mark is the weight now. After each bar, the option that takes over if the weight falls below it (↓) or rises above it (↑). The criteria whose weight can move least come first.`;
  return (
    <ChartFigure
      title={title}
      description={description}
      className="hwa-chart-tornado"
      table={{ head: ['Criterion', 'Stability'], rows: rows.map((row) => [row.criterion, row.sentence]) }}
    >
      <BarChart {...chartSize(100 + 34 * rows.length, print)} data={rows} layout="vertical" margin={{ right: 150 }} barCategoryGap="28%" title={title} desc={description}>
        <CartesianGrid horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
          tickFormatter={percent}
          {...titledAxis('Weight of the criterion')}
        />
        <YAxis type="category" dataKey="criterion" width={categoryAxisWidth} />
        <Bar dataKey="range" name={seriesName} fill="var(--hwa-stability)" shape={IntervalShape} isAnimationActive={false}>
          <LabelList dataKey="takeovers" position="right" fill="var(--hwa-text)" />
        </Bar>
        <Tooltip isAnimationActive={false} content={StabilityTip} />
        <Legend {...legendProps([seriesName])} />
      </BarChart>
    </ChartFigure>
  );
}

/** The interval bar with a mark at the current weight. Also drawn when the interval is a single point. */
function IntervalShape({ x, y, width, height, payload }: BarShapeProps) {
  const { low, high, weight } = (payload as Row).interval;
  const mark = x + (high > low ? (width * (weight - low)) / (high - low) : 0);
  return (
    <g>
      <rect x={x} y={y} width={Math.max(width, 1)} height={height} rx={2} fill="var(--hwa-stability)" />
      <line x1={mark} x2={mark} y1={y - 3} y2={y + height + 3} stroke="var(--hwa-text)" strokeWidth={3} />
    </g>
  );
}

function StabilityTip({ active, payload }: TooltipContentProps) {
  const row = payload[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  return (
    <div className="hwa-chart-tip">
      <strong>{row.criterion}</strong>
      <p>{row.sentence}</p>
    </div>
  );
}
