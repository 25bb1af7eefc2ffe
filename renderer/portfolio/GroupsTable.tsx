import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { FlexRender, useTable, type ExpandedState, type Row, type SortingState } from '@tanstack/react-table';
import type { Portfolio, PortfolioGroup } from '../../shared/portfolio';
import { useCatalog } from '../catalog/CatalogProvider';
import { useLabels } from '../catalog/labels';
import { SortButton } from '../app/SortButton';
import { ariaSort } from '../app/sort-state';
import { groupColumns, groupFeatures } from './group-columns';
import type { WorkloadFocus } from './workload-focus';
import { WorkloadList } from './WorkloadList';
import { groupWord } from './words';

type GroupRow = Row<typeof groupFeatures, PortfolioGroup>;

/** Groups drawn at once: an estate grouped per server could have thousands; the filter and sorting reach the rest. */
const drawnGroups = 200;

interface GroupsTableProps {
  portfolio: Portfolio;
  /** Only the groups of these workloads, each listing only them; null for every group. */
  focus: WorkloadFocus | null;
  onClearFocus: () => void;
  /** Opens the bulk answer for these workloads (ids). */
  onAnswer: (ids: string[]) => void;
}

/** The groups that hold a focused workload; every group without a focus. */
function groupsIn(portfolio: Portfolio, focus: WorkloadFocus | null): PortfolioGroup[] {
  return focus ? portfolio.groups.filter((group) => group.workloads.some((index) => focus.workloads.has(index))) : portfolio.groups;
}

/**
 * The groups of the portfolio, largest first: sortable, filtered by name, each row expanding to its workloads;
 * narrowed to some workloads when an open question asks to show theirs.
 */
export function GroupsTable({ portfolio, focus, onClearFocus, onAnswer }: GroupsTableProps) {
  const labels = useLabels();
  const catalog = useCatalog();
  const columns = useMemo(() => groupColumns(labels, catalog.options.map(({ id }) => id)), [labels, catalog]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [expanded, setExpanded] = useState<ExpandedState>({});
  const filterId = useId();
  const data = useMemo(() => groupsIn(portfolio, focus), [portfolio, focus]);
  const table = useTable({
    features: groupFeatures,
    columns,
    data,
    // A group's name is never empty: the empty id is the workloads without one.
    getRowId: (group) => group.name ?? '',
    getRowCanExpand: () => true,
    // The open groups stay open when the portfolio is read again (after an answer): rows are kept by group name.
    autoResetExpanded: false,
    state: { sorting, globalFilter, expanded },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onExpandedChange: setExpanded,
  });
  const rows = table.getRowModel().rows;
  return (
    <div className="hwp-groups">
      {focus ? <FocusNote focus={focus} onClear={onClearFocus} /> : null}
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
                      <SortButton sorted={sorted} onSort={header.column.getToggleSortingHandler()}>
                        <FlexRender header={header} />
                      </SortButton>
                    </th>
                  );
                })}
                <th scope="col">
                  <span className="hw-sr-only">Answer</span>
                </th>
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.slice(0, drawnGroups).map((row) => (
              <GroupRows key={row.id} row={row} portfolio={portfolio} focus={focus} onAnswer={onAnswer} />
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="hw-empty">No group matches the filter.</p> : null}
        {rows.length > drawnGroups ? (
          <p className="hw-muted">
            The first {drawnGroups} of {rows.length.toLocaleString('en')} groups: filter or sort to find the others.
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A group's row, with its name as the button that shows its workloads in a row beneath. */
function GroupRows({ row, portfolio, focus, onAnswer }: { row: GroupRow; portfolio: Portfolio; focus: WorkloadFocus | null; onAnswer: (ids: string[]) => void }) {
  const open = row.getIsExpanded();
  const listId = useId();
  const cells = row.getAllCells();
  return (
    <>
      <tr className={open ? 'hwp-open' : undefined}>
        {cells.map((cell) =>
          cell.column.id === 'group' ? (
            <th key={cell.id} scope="row">
              <button type="button" className="hw-text-button" aria-expanded={open} aria-controls={open ? listId : undefined} onClick={row.getToggleExpandedHandler()}>
                <span aria-hidden="true">{open ? '▾' : '▸'}</span> <FlexRender cell={cell} />
              </button>
            </th>
          ) : (
            <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'hw-num' : undefined}>
              <FlexRender cell={cell} />
            </td>
          ),
        )}
        <td>
          <button
            type="button"
            className="hw-button hw-small hwp-answer-group"
            onClick={() => onAnswer(row.original.workloads.map((index) => portfolio.workloads[index]!.id))}
          >
            Answer for this group…<span className="hw-sr-only"> ({groupWord(row.original.name)})</span>
          </button>
        </td>
      </tr>
      {open ? (
        <tr className="hwp-detail">
          <td colSpan={cells.length + 1} id={listId}>
            <WorkloadList
              portfolio={portfolio}
              indices={focus ? row.original.workloads.filter((index) => focus.workloads.has(index)) : row.original.workloads}
              label={`Workloads of ${groupWord(row.original.name)}`}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** Says what the table is narrowed to, and takes the focus so the user lands on it. */
function FocusNote({ focus, onClear }: { focus: WorkloadFocus; onClear: () => void }) {
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => note.current?.focus(), [focus]);
  return (
    <div className="hwp-focus">
      <p ref={note} tabIndex={-1}>
        Only the groups of the {focus.workloads.size.toLocaleString('en')} {focus.label.charAt(0).toLowerCase()}
        {focus.label.slice(1)}; their counts are of the whole group.
      </p>
      <button type="button" className="hw-button" onClick={onClear}>
        Show every group
      </button>
    </div>
  );
}
