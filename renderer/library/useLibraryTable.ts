import { useDeferredValue, useState } from 'react';
import { useTable, type RowSelectionState, type SortingState } from '@tanstack/react-table';
import type { ProfileSummary } from '../../shared/api';
import { libraryColumns, libraryFeatures } from './profile-columns';

const noProfiles: ProfileSummary[] = [];

/** The library's table: sorting, the text filter and the selection are owned here. */
export function useLibraryTable(profiles: ProfileSummary[] | null) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'updatedAt', desc: true }]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  // The field follows each keystroke at once; filtering thousands of rows follows when the browser has time.
  const deferredFilter = useDeferredValue(globalFilter);
  const table = useTable({
    features: libraryFeatures,
    columns: libraryColumns,
    data: profiles ?? noProfiles,
    getRowId: (profile) => profile.id,
    globalFilterFn: 'includesString',
    state: { sorting, globalFilter: deferredFilter, rowSelection },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onRowSelectionChange: setRowSelection,
  });
  // Actions apply to what the user sees: a selected row the filter hides is left alone.
  const selected = table.getFilteredSelectedRowModel().rows.map((row) => row.original);
  return { table, filter: globalFilter, setFilter: setGlobalFilter, selected, clearSelection: () => setRowSelection({}) };
}
