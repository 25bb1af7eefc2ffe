import { BarChart, Rectangle, Tooltip, type BarShapeProps } from 'recharts';
import { count, share } from '../format';
import { labelsOf } from '../../catalog/labels';
import { optionColor } from '../palette';
import { BarEndLabel } from './BarEndLabel';
import { barFrame } from './barFrame';
import { ChartFigure, chartSize, type ChartProps } from './ChartFigure';
import { seriesName } from './series';
import { plainTooltip } from './theme';

const title = 'How often each option wins when weights and ratings vary';
const margin = { right: 64 };
const formatShare = (value: unknown) => share(Number(value));

/** Monte Carlo win probabilities: the share of random draws of the weights (around the profile's own) and of the ratings (within their ranges) each option wins. */
export function WinProbabilityChart({ evaluation, catalog, print = false }: ChartProps) {
  const labels = labelsOf(catalog);
  const { samples } = evaluation.monteCarlo;
  const data = evaluation.ranking.map((option) => ({
    option: seriesName(option, labels),
    probability: option.winProbability ?? 0,
    label: option.winProbability === null ? 'not simulated' : share(option.winProbability),
    fill: optionColor(option.option),
  }));
  const description =
    samples > 0
      ? `The share of ${count(samples)} random draws, the weights scattered around this profile’s own and every rating within its range, in which each option scores best. Ruled-out options never win.`
      : 'No simulation ran for this evaluation, so there are no win probabilities.';
  return (
    <ChartFigure
      title={title}
      description={description}
      className="hwa-chart-win"
      table={{ head: ['Option', 'Win probability'], rows: data.map((row) => [row.option, row.label]) }}
    >
      <BarChart {...chartSize(90 + 44 * data.length, print)} data={data} layout="vertical" margin={margin} barCategoryGap="25%" title={title} desc={description}>
        {frame}
      </BarChart>
    </ChartFigure>
  );
}

const frame = barFrame({
  ticks: [0, 0.25, 0.5, 0.75, 1],
  format: share,
  title: 'Share of draws won',
  category: 'option',
  value: 'probability',
  name: 'Win probability',
  shape: ProbabilityBar,
  tooltip: <Tooltip isAnimationActive={false} {...plainTooltip} formatter={formatShare} />,
});

/** The default bar with its share after it; a custom shape also keeps 0% bars and their "0%" label. */
function ProbabilityBar(props: BarShapeProps) {
  const { x, y, width, height, payload } = props;
  return (
    <g>
      <Rectangle {...props} />
      <BarEndLabel end={x + width} y={y} height={height}>
        {(payload as { label: string }).label}
      </BarEndLabel>
    </g>
  );
}
