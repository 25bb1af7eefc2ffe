import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { contributionOf, criteriaOf } from '../evaluation';
import { points } from '../format';
import { labelsOf } from '../labels';
import { criterionColor } from '../palette';
import { categoryAxisWidth, ChartFigure, chartSize, titledAxis, type ChartProps } from './ChartFigure';
import { legendProps, tooltipSorter } from './series-order';
import { seriesName } from './series';

const title = 'Where each option’s score comes from';
const description =
  'One bar per option, split by criterion: each segment is the points that criterion adds (weight × rating × 10), so the bar’s length is the score out of 100.';

/** Stacked bars of the per-criterion contributions to each option's score. */
export function ContributionsChart({ evaluation, catalog, print = false }: ChartProps) {
  const labels = labelsOf(catalog);
  const criteria = criteriaOf(evaluation);
  const data = evaluation.ranking.map((option) => ({
    option: seriesName(option, labels),
    score: points(option.score),
    ...Object.fromEntries(criteria.map((criterion) => [criterion, contributionOf(option, criterion)?.points ?? 0])),
  }));
  const last = criteria.at(-1);
  const names = criteria.map(labels.criterion);
  return (
    <ChartFigure
      title={title}
      description={description}
      className="hwa-chart-contributions"
      table={{
        head: ['Option', ...names, 'Score'],
        rows: evaluation.ranking.map((option) => [
          seriesName(option, labels),
          ...criteria.map((criterion) => points(contributionOf(option, criterion)?.points ?? 0)),
          points(option.score),
        ]),
      }}
    >
      <BarChart
        {...chartSize(90 + 52 * data.length, print)}
        data={data}
        layout="vertical"
        margin={{ right: 48 }}
        barCategoryGap="22%"
        title={title}
        desc={description}
      >
        <CartesianGrid horizontal={false} />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} {...titledAxis('Points out of 100')} />
        <YAxis type="category" dataKey="option" width={categoryAxisWidth} />
        {criteria.map((criterion, index) => (
          <Bar key={criterion} dataKey={criterion} name={names[index]} stackId="score" fill={criterionColor(criterion)} isAnimationActive={false}>
            {criterion === last ? <LabelList dataKey="score" position="right" fill="var(--hwa-text)" /> : null}
          </Bar>
        ))}
        <Tooltip isAnimationActive={false} itemSorter={tooltipSorter(names)} formatter={(value) => `${points(Number(value))} points`} />
        <Legend {...legendProps(names)} />
      </BarChart>
    </ChartFigure>
  );
}
