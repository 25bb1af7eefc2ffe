import { BarChart, Tooltip, type BarShapeProps } from 'recharts';
import type { CriterionId } from '../../../shared/catalog';
import { contributionOf, criteriaOf } from '../evaluation';
import { points } from '../format';
import { labelsOf } from '../../catalog/labels';
import { criterionColor } from '../palette';
import { Swatch } from '../Swatch';
import { BarEndLabel } from './BarEndLabel';
import { barFrame } from './barFrame';
import { ChartFigure, chartSize, type ChartProps } from './ChartFigure';
import { rowTip } from './rowTip';
import { seriesName } from './series';

const title = 'Where each option’s score comes from';
const description =
  'One bar per option, split by criterion: each segment is the points that criterion adds (weight × rating × 10), so the bar’s length is the score out of 100. A ruled-out option’s bar is faded: it shows what the option would score, but it cannot win.';
const margin = { right: 48 };

interface Segment {
  criterion: CriterionId;
  name: string;
  points: number;
}

interface Row {
  option: string;
  /** The bar's length: the score, 0–100. */
  score: number;
  /** Drawn faded: its score is what it would earn, but it cannot win. */
  ruledOut: boolean;
  segments: Segment[];
}

/**
 * Stacked bars of the per-criterion contributions to each option's score. One Recharts bar per option draws
 * its segments itself: a Recharts series per criterion made every weight change redo eight series' layouts.
 */
export function ContributionsChart({ evaluation, catalog, print = false }: ChartProps) {
  const labels = labelsOf(catalog);
  const criteria = criteriaOf(evaluation);
  const data: Row[] = evaluation.ranking.map((option) => ({
    option: seriesName(option, labels),
    score: option.score,
    ruledOut: option.ruledOut,
    segments: criteria.map((criterion) => ({ criterion, name: labels.criterion(criterion), points: contributionOf(option, criterion)?.points ?? 0 })),
  }));
  return (
    <ChartFigure
      title={title}
      description={description}
      className="hwa-chart-contributions"
      legend={criteria.map((criterion) => ({ name: labels.criterion(criterion), color: criterionColor(criterion) }))}
      table={{
        head: ['Option', ...criteria.map(labels.criterion), 'Score'],
        rows: data.map((row) => [row.option, ...row.segments.map((segment) => points(segment.points)), points(row.score)]),
      }}
    >
      <BarChart {...chartSize(90 + 40 * data.length, print)} data={data} layout="vertical" margin={margin} barCategoryGap="22%" title={title} desc={description}>
        {frame}
      </BarChart>
    </ChartFigure>
  );
}

const ContributionsTip = rowTip<Row>((row) => ({
  title: row.option,
  body: (
    <>
      <ul className="hwa-tip-list">
        {row.segments.map((segment) => (
          <li key={segment.criterion}>
            <Swatch color={criterionColor(segment.criterion)} />
            {segment.name}: {points(segment.points)} points
          </li>
        ))}
      </ul>
      <p>Score {points(row.score)} of 100</p>
    </>
  ),
}));

const frame = barFrame({
  ticks: [0, 20, 40, 60, 80, 100],
  title: 'Points out of 100',
  category: 'option',
  value: 'score',
  name: 'Score',
  shape: SegmentedBar,
  tooltip: <Tooltip isAnimationActive={false} content={ContributionsTip} />,
});

/** The option's bar cut into its criteria's points, in catalogue order (faded when ruled out), with the score after it. */
function SegmentedBar({ x, y, width, height, payload }: BarShapeProps) {
  const { score, ruledOut, segments } = payload as Row;
  const scale = score > 0 ? width / score : 0;
  let start = x;
  return (
    <g>
      <g className={ruledOut ? 'hwa-ruled-out-bar' : undefined}>
        {segments.map(({ criterion, points: value }) => {
          const segment = (
            <rect key={criterion} className="hwa-contribution-segment" x={start} y={y} width={value * scale} height={height} fill={criterionColor(criterion)} />
          );
          start += value * scale;
          return segment;
        })}
      </g>
      <BarEndLabel end={x + width} y={y} height={height}>
        {points(score)}
      </BarEndLabel>
    </g>
  );
}
