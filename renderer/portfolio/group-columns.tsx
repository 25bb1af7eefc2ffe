import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  metaHelper,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import type { OptionId } from '../../shared/catalog';
import { optionCount, type PortfolioGroup } from '../../shared/portfolio';
import type { Labels } from '../catalog/labels';
import { groupWord } from './words';

interface ColumnMeta {
  numeric?: boolean;
}

/** Sorted and filtered by the table itself: a portfolio has far fewer groups than workloads. */
export const groupFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString },
  rowExpandingFeature,
  columnMeta: metaHelper<ColumnMeta>(),
});

const helper = createColumnHelper<typeof groupFeatures, PortfolioGroup>();

/**
 * The option the most of the group's workloads are recommended, with how many; ties go to the catalogue's order. Those
 * without a recommendation have a column of their own: "—" when none of the group has one.
 */
function mostRecommended(group: PortfolioGroup, options: readonly OptionId[], labels: Labels): string {
  const [top] = options.map((option) => ({ option, count: optionCount(group.tally, option) })).sort((a, b) => b.count - a.count);
  return top && top.count > 0 ? `${labels.shortOption(top.option)} (${top.count.toLocaleString('en')})` : '—';
}

const counted = (id: string, header: string, count: (group: PortfolioGroup) => number) =>
  helper.accessor(count, { id, header, sortFn: 'basic', enableGlobalFilter: false, meta: { numeric: true } });

/** The groups table's columns: the group (which expands to its workloads), then its counts. */
export function groupColumns(labels: Labels, options: readonly OptionId[]) {
  return helper.columns([
    helper.accessor((group) => groupWord(group.name), { id: 'group', header: 'Group', sortFn: 'alphanumeric', filterFn: 'includesString' }),
    counted('workloads', 'Workloads', (group) => group.tally.workloads),
    helper.accessor((group) => mostRecommended(group, options, labels), {
      id: 'most',
      header: 'Most recommended',
      sortFn: 'alphanumeric',
      enableGlobalFilter: false,
    }),
    counted('high', 'High confidence', (group) => group.tally.confidence.high),
    counted('uncertain', 'Moderate or low', (group) => group.tally.confidence.moderate + group.tally.confidence.low),
    counted('none', 'No recommendation', (group) => group.tally.confidence.none),
    counted('decided', 'Decided', (group) => group.tally.decision.decided),
    counted('stale', 'Stale', (group) => group.tally.decision.stale),
  ]);
}
