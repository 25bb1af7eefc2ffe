import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTable, type RowSelectionState, type SortingState } from '@tanstack/react-table';
import type { ProfileSummary } from '../../shared/api';
import { libraryView } from './library-view';
import { useLabels } from '../catalog/labels';
import { libraryFeatures, libraryTable } from './profile-columns';
import { byDecision, type DecisionFilterValue } from './DecisionFilter';

const noProfiles: ProfileSummary[] = [];

/**
 * The library's table: sorting, the text filter and the selection are owned here. The rows are sorted and
 * filtered before they reach the table (see library-view.ts): the order is kept per sorting, and each
 * keystroke only filters it.
 */
export function useLibraryTable(profiles: ProfileSummary[] | null) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'updatedAt', desc: true }]);
  const [filter, setFilter] = useState('');
  const [decisionFilter, setDecisionFilter] = useState<DecisionFilterValue>('any');
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  // The field follows each keystroke at once; filtering thousands of rows follows when the browser has time.
  const deferredFilter = useDeferredValue(filter);
  const spec = libraryTable(useLabels());
  const view = useMemo(() => libraryView(profiles ?? noProfiles, spec.sortKeys, spec.searched), [profiles, spec]);
  // Each column's order is worked out while the browser is idle, one column at a time, so that a first sort
  // by it does not wait for it.
  useEffect(() => {
    let idle = requestIdleCallback(function next() {
      if (view.prepare()) idle = requestIdleCallback(next);
    });
    return () => cancelIdleCallback(idle);
  }, [view]);
  const order = useMemo(() => view.order(sorting), [view, sorting]);
  const shown = useMemo(() => byDecision(view.filter(order, deferredFilter), decisionFilter), [view, order, deferredFilter, decisionFilter]);
  const table = useTable({
    features: libraryFeatures,
    columns: spec.columns,
    data: shown,
    getRowId: (profile) => profile.id,
    manualSorting: true,
    state: { sorting, rowSelection },
    onSortingChange: setSorting,
    onRowSelectionChange: setRowSelection,
  });
  // Actions apply to what the user sees, in the list's order whatever the sorting (Compare takes the first of
  // two as the left): a selected row the filter hides is left alone.
  const selected = useMemo(
    () =>
      Object.keys(rowSelection).length === 0
        ? noProfiles
        : byDecision(view.filter(view.order([]), deferredFilter), decisionFilter).filter((profile) => rowSelection[profile.id]),
    [view, deferredFilter, decisionFilter, rowSelection],
  );
  return { table, filter, setFilter, decisionFilter, setDecisionFilter, selected, clearSelection: () => setRowSelection({}) };
}
