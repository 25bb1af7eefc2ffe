import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  metaHelper,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import type { ProfileSummary } from '../../shared/api';
import type { Confidence } from '../../shared/engine/types';
import { confidenceName, formatDateTime, optionName } from '../app/format';
import { href } from '../app/router';

export interface ColumnMeta {
  numeric?: boolean;
  /** The width of the column in the fixed table layout. */
  width: string;
}

export const libraryFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowSelectionFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  filterFns: { includesString: filterFn_includesString },
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  columnMeta: metaHelper<ColumnMeta>(),
});

const helper = createColumnHelper<typeof libraryFeatures, ProfileSummary>();

const confidenceOrder: Record<Confidence, number> = { low: 1, moderate: 2, high: 3 };

export const libraryColumns = helper.columns([
  helper.display({
    id: 'select',
    header: ({ table }) => (
      <input
        type="checkbox"
        aria-label="Select all profiles"
        checked={table.getIsAllRowsSelected()}
        ref={(box) => {
          if (box) box.indeterminate = table.getIsSomeRowsSelected() && !table.getIsAllRowsSelected();
        }}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input type="checkbox" aria-label={`Select ${row.original.name}`} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />
    ),
    meta: { width: '3rem' },
  }),
  helper.accessor('name', {
    header: 'Name',
    sortFn: 'alphanumeric',
    cell: ({ row }) => <a href={href.profile(row.original.id)}>{row.original.name}</a>,
    meta: { width: 'auto' },
  }),
  helper.accessor((profile) => optionName(profile.winner), {
    id: 'recommendation',
    header: 'Recommendation',
    sortFn: 'alphanumeric',
    meta: { width: '14rem' },
  }),
  helper.accessor((profile) => (profile.confidence ? confidenceOrder[profile.confidence] : 0), {
    id: 'confidence',
    header: 'Confidence',
    sortFn: 'basic',
    enableGlobalFilter: false,
    cell: ({ row }) => confidenceName(row.original.confidence),
    meta: { width: '8rem' },
  }),
  helper.accessor((profile) => profile.margin ?? -1, {
    id: 'margin',
    header: 'Margin (points)',
    sortFn: 'basic',
    enableGlobalFilter: false,
    cell: ({ row }) => (row.original.margin === null ? '—' : row.original.margin.toFixed(1)),
    meta: { width: '10.5rem', numeric: true },
  }),
  helper.accessor('updatedAt', {
    header: 'Last change',
    sortFn: 'basic',
    enableGlobalFilter: false,
    cell: ({ getValue }) => formatDateTime(getValue()),
    meta: { width: '12rem' },
  }),
]);
