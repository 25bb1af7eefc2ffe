import { createColumnHelper, metaHelper, rowSelectionFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { ProfileSummary } from '../../shared/api';
import type { Confidence } from '../../shared/engine/types';
import { confidenceName, formatDateTime } from '../app/format';
import type { Labels } from '../catalog/labels';
import { href } from '../app/router';
import type { SortKey } from './library-view';
import { standingNames } from './DecisionFilter';

export interface ColumnMeta {
  numeric?: boolean;
  /** The width of the column in the fixed table layout. */
  width: string;
}

/**
 * The table keeps the sorting and selection state; the rows it gets are already sorted and filtered
 * (`manualSorting`, see library-view.ts).
 */
export const libraryFeatures = tableFeatures({
  rowSortingFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<ColumnMeta>(),
});

const helper = createColumnHelper<typeof libraryFeatures, ProfileSummary>();

const confidenceOrder: Record<Confidence, number> = { low: 1, moderate: 2, high: 3 };
const confidence = (profile: ProfileSummary) => (profile.confidence ? confidenceOrder[profile.confidence] : 0);
const margin = (profile: ProfileSummary) => profile.margin ?? -1;

/** The lead over the runner-up; a recommendation without a margin has no runner-up: every other option is ruled out. */
function marginWords({ winner, margin: points }: ProfileSummary): string {
  if (points !== null) return points.toFixed(1);
  return winner === null ? '—' : 'only option left';
}

/** The library's columns, sort keys and searched text, in the words of one catalogue. */
export function libraryTable(labels: Labels) {
  let spec = specs.get(labels);
  if (!spec) {
    spec = buildSpec(labels);
    specs.set(labels, spec);
  }
  return spec;
}

const specs = new WeakMap<Labels, ReturnType<typeof buildSpec>>();

function buildSpec(labels: Labels) {
  const recommendation = (profile: ProfileSummary) => (profile.winner === null ? 'No recommendation' : labels.option(profile.winner));
  /** What each sortable column sorts by: the values its cells show. */
  const sortKeys: Record<string, SortKey> = {
  name: { text: (profile) => profile.name },
  group: { text: (profile) => profile.group ?? '' },
  recommendation: { text: recommendation },
  confidence: { value: confidence },
  margin: { value: margin },
  decision: { text: (profile) => standingNames[profile.decision] },
  updatedAt: { value: (profile) => profile.updatedAt },
};

  /** What the filter box searches: the name, the group and the recommendation. */
  const searched = (profile: ProfileSummary) => [profile.name, profile.group ?? '', recommendation(profile)];
  return { sortKeys, searched, columns: columnsOf(recommendation) };
}

function columnsOf(recommendation: (profile: ProfileSummary) => string) {
  return helper.columns([
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
    cell: ({ row }) => <a href={href.profile(row.original.id)}>{row.original.name}</a>,
    meta: { width: 'auto' },
  }),
  helper.accessor((profile) => profile.group ?? '', {
    id: 'group',
    header: 'Group',
    cell: ({ getValue }) => getValue() || '—',
    meta: { width: '11rem' },
  }),
  helper.accessor(recommendation, {
    id: 'recommendation',
    header: 'Recommendation',
    meta: { width: '14rem' },
  }),
  helper.accessor(confidence, {
    id: 'confidence',
    header: 'Confidence',
    cell: ({ row }) => confidenceName(row.original.confidence),
    meta: { width: '8rem' },
  }),
  helper.accessor(margin, {
    id: 'margin',
    header: 'Margin (points)',
    cell: ({ row }) => marginWords(row.original),
    meta: { width: '10.5rem', numeric: true },
  }),
  helper.accessor('decision', {
    header: 'Decision',
    cell: ({ row }) => <span className={`hw-standing hw-standing-${row.original.decision}`}>{standingNames[row.original.decision]}</span>,
    meta: { width: '8rem' },
  }),
  helper.accessor('updatedAt', {
    header: 'Last change',
    cell: ({ getValue }) => formatDateTime(getValue()),
    meta: { width: '12rem' },
  }),
]);
}
