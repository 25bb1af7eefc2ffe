import { useId, useMemo, useState } from 'react';
import { FlexRender, useTable, type ExpandedState, type Row, type SortingState } from '@tanstack/react-table';
import type { Portfolio, PortfolioGroup } from '../../shared/portfolio';
import { useCatalog } from '../catalog/CatalogProvider';
import { useLabels } from '../catalog/labels';
import { ariaSort, sortMark } from '../app/sort-state';
import { groupColumns, groupFeatures } from './group-columns';
import { catalogOptionKeys } from './option-keys';
import { WorkloadList } from './WorkloadList';
import { groupWord } from './words';

type GroupRow = Row<typeof groupFeatures, PortfolioGroup>;

/** The groups of the portfolio, largest first: sortable, filtered by name, each row expanding to its workloads. */
export function GroupsTable({ portfolio }: { portfolio: Portfolio }) {
  const labels = useLabels();
  const catalog = useCatalog();
  const columns = useMemo(() => groupColumns(labels, catalogOptionKeys(catalog)), [labels, catalog]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [expanded, setExpanded] = useState<ExpandedState>({});
  const filterId = useId();
  const table = useTable({
    features: groupFeatures,
    columns,
    data: portfolio.groups,
    // A group's name is never empty: the empty id is the workloads without one.
    getRowId: (group) => group.name ?? '',
    getRowCanExpand: () => true,
    state: { sorting, globalFilter, expanded },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onExpandedChange: setExpanded,
  });
  const rows = table.getRowModel().rows;
  return (
    <div className="hwp-groups">
      <div className="hw-filter-row">
        <label htmlFor={filterId}>Filter groups</label>
        <input id={filterId} type="search" className="hw-input" value={globalFilter} placeholder="Group name" onChange={(event) => setGlobalFilter(event.target.value)} />
        <span className="hw-muted" aria-live="polite">
          {rows.length.toLocaleString('en')} of {portfolio.groups.length.toLocaleString('en')} groups shown
        </span>
      </div>
      <div className="hw-table-scroll">
        <table className="hw-plain-table hwp-groups-table" aria-label="Groups">
          <thead>
            {table.getHeaderGroups().map((headers) => (
              <tr key={headers.id}>
                {headers.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th key={header.id} scope="col" aria-sort={ariaSort(sorted)} className={header.column.columnDef.meta?.numeric ? 'hw-num' : undefined}>
                      <button type="button" className="hw-sort" onClick={header.column.getToggleSortingHandler()}>
                        <FlexRender header={header} />
                        <span className="hw-sort-mark" aria-hidden="true">
                          {sortMark(sorted)}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.map((row) => (
              <GroupRows key={row.id} row={row} portfolio={portfolio} />
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="hw-empty">No group matches the filter.</p> : null}
      </div>
    </div>
  );
}

/** A group's row, with its name as the button that shows its workloads in a row beneath. */
function GroupRows({ row, portfolio }: { row: GroupRow; portfolio: Portfolio }) {
  const open = row.getIsExpanded();
  const listId = useId();
  const cells = row.getAllCells();
  return (
    <>
      <tr className={open ? 'hwp-open' : undefined}>
        {cells.map((cell) =>
          cell.column.id === 'group' ? (
            <th key={cell.id} scope="row">
              <button type="button" className="hwp-expand" aria-expanded={open} aria-controls={open ? listId : undefined} onClick={row.getToggleExpandedHandler()}>
                <span aria-hidden="true">{open ? '▾' : '▸'}</span> <FlexRender cell={cell} />
              </button>
            </th>
          ) : (
            <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'hw-num' : undefined}>
              <FlexRender cell={cell} />
            </td>
          ),
        )}
      </tr>
      {open ? (
        <tr className="hwp-detail">
          <td colSpan={cells.length} id={listId}>
            <WorkloadList portfolio={portfolio} indices={row.original.workloads} label={`Workloads of ${groupWord(row.original.name)}`} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
