import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { count, share } from '../format';
import { labelsOf } from '../labels';
import { optionColor } from '../palette';
import { categoryAxisWidth, ChartFigure, chartSize, titledAxis, type ChartProps } from './ChartFigure';
import { seriesName } from './series';

const title = 'How often each option wins when the weights vary';

/** Monte Carlo win probabilities: the share of random weight draws (around the profile's own) each option wins. */
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
      ? `The share of ${count(samples)} random draws of the weights, scattered around this profile’s own, in which each option scores best. Ruled-out options never win.`
      : 'No simulation ran for this evaluation, so there are no win probabilities.';
  return (
    <ChartFigure
      title={title}
      description={description}
      className="hwa-chart-win"
      table={{ head: ['Option', 'Win probability'], rows: data.map((row) => [row.option, row.label]) }}
    >
      <BarChart {...chartSize(90 + 44 * data.length, print)} data={data} layout="vertical" margin={{ right: 64, bottom: 12 }} barCategoryGap="25%" title={title} desc={description}>
        <CartesianGrid horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tickFormatter={share}
          {...titledAxis('Share of weight draws won')}
        />
        <YAxis type="category" dataKey="option" width={categoryAxisWidth} />
        <Bar dataKey="probability" name="Win probability" shape={KeepEmptyBar} isAnimationActive={false}>
          <LabelList dataKey="label" position="right" fill="var(--hwa-text)" />
        </Bar>
        <Tooltip isAnimationActive={false} formatter={(value) => share(Number(value))} />
      </BarChart>
    </ChartFigure>
  );
}

/** The default bar, given as a custom shape so Recharts keeps 0% bars and their "0%" label. */
function KeepEmptyBar(props: BarShapeProps) {
  return <Rectangle {...props} />;
}
