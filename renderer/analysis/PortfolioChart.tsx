import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProfileSummary } from '../../shared/api';
import type { Catalog, OptionId } from '../../shared/catalog';
import { ChartFigure, chartSize } from './charts/ChartFigure';
import { tooltipSorter } from './charts/series-order';
import { confidenceLabel, confidenceLevel, confidenceLevels, count, type ConfidenceLevel } from './format';
import { labelsOf } from '../catalog/labels';
import { confidenceColor } from './palette';
import { plainTooltip } from './charts/theme';
import { useInSteps } from './charts/useInSteps';

export interface PortfolioChartProps {
  profiles: readonly Pick<ProfileSummary, 'winner' | 'confidence'>[];
  catalog: Catalog;
  /** Fixed size for paper. */
  print?: boolean;
}

type Counts = Record<ConfidenceLevel, number>;

const none = (): Counts => ({ high: 0, moderate: 0, low: 0, unknown: 0 });

function countByOption(profiles: PortfolioChartProps['profiles']): Map<OptionId, Counts> {
  const counts = new Map<OptionId, Counts>();
  for (const { winner, confidence } of profiles) {
    if (winner === null) continue;
    const option = counts.get(winner) ?? none();
    option[confidenceLevel(confidence)] += 1;
    counts.set(winner, option);
  }
  return counts;
}

/** Up to this many workloads on the tallest bar, the axis counts every one; beyond, Recharts picks nice ticks. */
const countEveryOneUpTo = 8;

/** Whole-number ticks from 0 to the tallest bar: Recharts' nice ticks ran to 4 for a library of two. */
function countTicks(tallest: number): { ticks?: number[]; domain?: [number, number] } {
  if (tallest > countEveryOneUpTo) return {};
  const top = Math.max(1, tallest);
  return { ticks: Array.from({ length: top + 1 }, (_, n) => n), domain: [0, top] };
}

const sum = (counts: Counts) => confidenceLevels.reduce((total, level) => total + counts[level], 0);

const workloads = (n: number) => `${count(n)} workload${n === 1 ? '' : 's'}`;

function describe(total: number, undecided: number): string {
  const rest =
    undecided > 0 ? ` ${workloads(undecided)} without a recommendation yet ${undecided === 1 ? 'is' : 'are'} not shown.` : '';
  return `How many of the ${workloads(total)} saved each option is recommended for, split by how confident the recommendation is.${rest}`;
}

/**
 * The confidence levels to draw: "unknown" only where some recommendation has no confidence (evaluated without a
 * simulation); otherwise it would sit in the legend at 0 beside the workloads without a recommendation, not charted.
 */
function shownLevels(data: readonly Counts[]): ConfidenceLevel[] {
  return confidenceLevels.filter((level) => level !== 'unknown' || data.some((row) => row.unknown > 0));
}

const title = 'Where the workloads land';
const height = 300;
const xTick = { width: 96 };

/** How many workloads land on each option, stacked by the confidence of their recommendation. */
export function PortfolioChart({ profiles, catalog, print = false }: PortfolioChartProps) {
  const labels = labelsOf(catalog);
  const counts = countByOption(profiles);
  const data = catalog.options.map(({ id }) => {
    const option = counts.get(id) ?? none();
    const total = sum(option);
    // The count sits in the category name: a label on top of a stack vanishes when its top segment is empty.
    // Short names under the bars: five full option names do not fit side by side.
    return { option: `${labels.shortOption(id)} (${count(total)})`, name: labels.option(id), ...option, total };
  });
  const undecided = profiles.length - data.reduce((total, row) => total + row.total, 0);
  const description = describe(profiles.length, undecided);
  const levels = shownLevels(data);
  const names = levels.map((level) => `${confidenceLabel(level)} confidence`);
  // Recharts mounts a chart in one piece (each part registers in a layout effect, then the chart renders again
  // synchronously): 50–60 ms for this one on a slow machine. On screen the chart, then each of its parts, joins in
  // an idle task of its own, out of sight until the last has joined; its place is kept meanwhile.
  const parts = [
    [
      <CartesianGrid key="grid" vertical={false} />,
      // Every option named, wrapped under its bar: Recharts would otherwise drop the labels that collide.
      <XAxis key="x" dataKey="option" interval={0} tick={xTick} height={44} />,
    ],
    [
      <YAxis
        key="y"
        allowDecimals={false}
        {...countTicks(Math.max(0, ...data.map((row) => row.total)))}
        label={{ value: 'Workloads', angle: -90, position: 'insideLeft' }}
      />,
    ],
    levels.map((level, index) => (
      <Bar key={level} dataKey={level} name={names[index]} stackId="workloads" fill={confidenceColor(level)} isAnimationActive={false} />
    )),
    <Tooltip key="tooltip" isAnimationActive={false} {...plainTooltip} itemSorter={tooltipSorter(names)} />,
  ];
  const steps = useInSteps(parts.length + 1, print);
  return (
    <ChartFigure
      title={title}
      description={description}
      className="hwa-chart-portfolio"
      legend={levels.map((level, index) => ({ name: names[index]!, color: confidenceColor(level) }))}
      table={{
        head: ['Option', ...levels.map(confidenceLabel), 'Total'],
        rows: data.map((row) => [row.name, ...levels.map((level) => count(row[level])), count(row.total)]),
      }}
    >
      {steps === 0 ? (
        <div style={{ height }} />
      ) : (
        <BarChart
          {...chartSize(height, print)}
          data={data}
          margin={{ top: 12 }}
          barCategoryGap="30%"
          title={title}
          desc={description}
          className={steps <= parts.length ? 'hwa-assembling' : undefined}
        >
          {parts.slice(0, steps - 1)}
        </BarChart>
      )}
    </ChartFigure>
  );
}
