import { BarChart, Tooltip, type BarShapeProps } from 'recharts';
import type { OptionId } from '../../../shared/catalog';
import type { StabilityInterval } from '../../../shared/engine/types';
import { criteriaOf } from '../evaluation';
import { percent } from '../format';
import { labelsOf, type Labels } from '../../catalog/labels';
import { BarEndLabel } from './BarEndLabel';
import { barFrame } from './barFrame';
import { ChartFigure, chartSize, type ChartProps } from './ChartFigure';
import { rowTip } from './rowTip';
import { byFragility, stabilitySentence } from './stability';

const title = 'How far each weight can move before the winner changes';
const margin = { right: 150 };

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
  const description = `Each bar spans the weights of one criterion (the others rescaled to fit) at which ${labels.option(winner)} stays the winner; the vertical mark is the weight now. After each bar, the option that takes over if the weight falls below it (↓) or rises above it (↑). The criteria whose weight can move least come first.`;
  return (
    <ChartFigure
      title={title}
      description={description}
      className="hwa-chart-tornado"
      legend={[{ name: `Weights at which ${labels.option(winner)} stays the winner`, color: 'var(--hwa-stability)' }]}
      table={{ head: ['Criterion', 'Stability'], rows: rows.map((row) => [row.criterion, row.sentence]) }}
    >
      <BarChart {...chartSize(100 + 34 * rows.length, print)} data={rows} layout="vertical" margin={margin} barCategoryGap="28%" title={title} desc={description}>
        {frame}
      </BarChart>
    </ChartFigure>
  );
}

const StabilityTip = rowTip<Row>((row) => ({ title: row.criterion, body: <p>{row.sentence}</p> }));

const frame = barFrame({
  ticks: [0, 0.2, 0.4, 0.6, 0.8, 1],
  format: percent,
  title: 'Weight of the criterion',
  category: 'criterion',
  value: 'range',
  name: 'Stability',
  shape: IntervalShape,
  tooltip: <Tooltip isAnimationActive={false} content={StabilityTip} />,
});

/**
 * The interval bar with a mark at the current weight and who takes over after it. Also drawn when the
 * interval is a single point.
 */
function IntervalShape({ x, y, width, height, payload }: BarShapeProps) {
  const { interval, takeovers } = payload as Row;
  const { low, high, weight } = interval;
  const mark = x + (high > low ? (width * (weight - low)) / (high - low) : 0);
  const length = Math.max(width, 1);
  return (
    <g>
      <rect x={x} y={y} width={length} height={height} rx={2} fill="var(--hwa-stability)" />
      <line x1={mark} x2={mark} y1={y - 3} y2={y + height + 3} stroke="var(--hwa-text)" strokeWidth={3} />
      <BarEndLabel end={x + length} y={y} height={height}>
        {takeovers}
      </BarEndLabel>
    </g>
  );
}
