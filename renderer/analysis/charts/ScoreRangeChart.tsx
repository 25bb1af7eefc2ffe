import { Rectangle, BarChart, Tooltip, type BarShapeProps } from 'recharts';
import { scoreRange } from '../evaluation';
import { points } from '../format';
import { labelsOf } from '../../catalog/labels';
import { optionColor } from '../palette';
import { BarEndLabel } from './BarEndLabel';
import { barFrame } from './barFrame';
import { ChartFigure, chartSize, type ChartProps } from './ChartFigure';
import { seriesName } from './series';
import { plainTooltip } from './theme';

const title = 'How far each score could move within the rating ranges';
const description =
  'Each bar spans an option’s score with every rating at the low end of its range to every rating at the high end; the mark is the score at the likely ratings. Overlapping bars mean the ratings’ uncertainty alone could reorder the options.';
const margin = { right: 64 };

interface Row {
  option: string;
  span: [number, number];
  likely: number;
  label: string;
  fill: string;
}

/** The ratings' uncertainty, summed: each option's score at the low, likely and high ends of its ratings' ranges. */
export function ScoreRangeChart({ evaluation, catalog, print = false }: ChartProps) {
  const labels = labelsOf(catalog);
  const data: Row[] = evaluation.ranking.map((option) => {
    const { low, likely, high } = scoreRange(option);
    return { option: seriesName(option, labels), span: [low, high], likely, label: `${points(likely)} (${points(low)}–${points(high)})`, fill: optionColor(option.option) };
  });
  return (
    <ChartFigure
      title={title}
      description={description}
      className="hwa-chart-score-range"
      table={{ head: ['Option', 'Score, likely (low–high)'], rows: data.map((row) => [row.option, row.label]) }}
    >
      <BarChart {...chartSize(90 + 44 * data.length, print)} data={data} layout="vertical" margin={margin} barCategoryGap="35%" title={title} desc={description}>
        {frame}
      </BarChart>
    </ChartFigure>
  );
}

const frame = barFrame({
  ticks: [0, 20, 40, 60, 80, 100],
  title: 'Score (0–100)',
  category: 'option',
  value: 'span',
  name: 'Score range',
  shape: RangeBar,
  tooltip: <Tooltip isAnimationActive={false} {...plainTooltip} formatter={(_value, _name, item) => (item.payload as Row).label} />,
});

/** The low–high span, faded, with a mark at the likely score and the numbers after it. */
function RangeBar(props: BarShapeProps) {
  const { x, y, width, height } = props;
  const row = props.payload as Row;
  const [low, high] = row.span;
  const likelyX = high > low ? x + (width * (row.likely - low)) / (high - low) : x;
  return (
    <g>
      <Rectangle {...props} fillOpacity={0.35} />
      <rect x={likelyX - 1.5} y={y - 3} width={3} height={height + 6} fill={row.fill} />
      <BarEndLabel end={x + width} y={y} height={height}>
        {row.label}
      </BarEndLabel>
    </g>
  );
}
