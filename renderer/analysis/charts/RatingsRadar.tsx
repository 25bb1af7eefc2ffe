import { useMemo } from 'react';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import type { OptionId } from '../../../shared/catalog';
import { contributionOf, criteriaOf, rankedOption } from '../evaluation';
import { rating } from '../format';
import { labelsOf } from '../../catalog/labels';
import { optionColor } from '../palette';
import { ChartFigure, chartSize, type ChartProps } from './ChartFigure';
import { tooltipSorter } from './series-order';
import { seriesName } from './series';
import { plainTooltip } from './theme';

const title = 'Ratings of each option on each criterion';
const description =
  'Each outline is one option; the further out along a criterion’s spoke, the better the option serves that criterion for this workload (adjusted rating, 0–10). Ruled-out options are dashed.';

interface Series {
  option: OptionId;
  name: string;
  ruledOut: boolean;
}

interface Spoke {
  criterion: string;
  ratings: number[];
}

/**
 * Radar of the adjusted ratings: one outline per option over the criteria, in catalogue order so the legend
 * stays put while weights move. Ratings depend on the answers, not on the weights, so the chart is only
 * redrawn when what it shows changes (a weight slider redraws every other chart).
 */
export function RatingsRadar({ evaluation, catalog, print = false }: ChartProps) {
  const labels = labelsOf(catalog);
  const options = catalog.options.flatMap(({ id }) => rankedOption(evaluation, id) ?? []);
  const series: Series[] = options.map((option) => ({ option: option.option, name: seriesName(option, labels), ruledOut: option.ruledOut }));
  const spokes: Spoke[] = criteriaOf(evaluation).map((criterion) => ({
    criterion: labels.criterion(criterion),
    ratings: options.map((option) => contributionOf(option, criterion)?.adjustedRating ?? 0),
  }));
  const shown = JSON.stringify([series, spokes]);
  // Keyed on what is drawn, not on the evaluation object, which is new after every weight change.
  return useMemo(() => <RadarFigure series={series} spokes={spokes} print={print} />, [shown, print]);
}

function RadarFigure({ series, spokes, print }: { series: Series[]; spokes: Spoke[]; print: boolean }) {
  const names = series.map((s) => s.name);
  const data = spokes.map(({ criterion, ratings }) => ({
    criterion,
    ...Object.fromEntries(series.map((s, index) => [s.option, ratings[index]])),
  }));
  return (
    <ChartFigure
      title={title}
      description={description}
      className="hwa-chart-radar"
      legend={series.map((s) => ({ name: s.name, color: optionColor(s.option) }))}
      table={{ head: ['Criterion', ...names], rows: spokes.map(({ criterion, ratings }) => [criterion, ...ratings.map(rating)]) }}
    >
      <RadarChart {...chartSize(440, print)} data={data} outerRadius="66%" title={title} desc={description}>
        <PolarGrid />
        <PolarAngleAxis dataKey="criterion" tick={{ width: 110 }} />
        {/* Between two spokes, so its numbers never sit on a criterion's name. */}
        <PolarRadiusAxis domain={[0, 10]} tickCount={6} angle={67.5} tick={{ fontSize: 10 }} />
        {series.map((s) => (
          <Radar
            key={s.option}
            dataKey={s.option}
            name={s.name}
            stroke={optionColor(s.option)}
            fill={optionColor(s.option)}
            fillOpacity={s.ruledOut ? 0 : 0.07}
            strokeWidth={2}
            strokeDasharray={s.ruledOut ? '5 4' : undefined}
            isAnimationActive={false}
          />
        ))}
        <Tooltip isAnimationActive={false} {...plainTooltip} itemSorter={tooltipSorter(names)} formatter={(value) => rating(Number(value))} />
      </RadarChart>
    </ChartFigure>
  );
}
