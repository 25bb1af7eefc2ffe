import { memo, useMemo, type CSSProperties } from 'react';
import { constructCell, FlexRender, type Header, type ReactTable, type Row } from '@tanstack/react-table';
import type { ProfileSummary } from '../../shared/api';
import type { libraryFeatures } from './profile-columns';
import { useRowWindow } from './useRowWindow';
import { SortButton } from '../app/SortButton';
import { ariaSort } from '../app/sort-state';

type Features = typeof libraryFeatures;
type LibraryTable = ReactTable<Features, ProfileSummary>;

/** Must match `.hw-library-table tbody tr` in styles.css. */
const rowHeight = 44;

/**
 * The saved profiles, one row each. Only the rows in view are in the DOM (10,000 profiles stay smooth);
 * aria-rowcount and aria-rowindex tell assistive technology where those rows sit in the whole table.
 * `empty` says why no row shows. With rows, the scroll box takes its height from their count (styles.css),
 * not from its content, so what changes inside it is laid out and painted on its own.
 */
export function ProfileTable({ table, empty }: { table: LibraryTable; empty: string }) {
  const rows = table.getRowModel().rows;
  const view = useRowWindow(rows.length, rowHeight);
  const columns = table.getAllLeafColumns();
  const spacer = (height: number) =>
    height > 0 ? (
      <tr aria-hidden="true" className="hw-spacer">
        <td colSpan={columns.length} style={{ height }} />
      </tr>
    ) : null;
  const sized = rows.length > 0 ? ({ '--hw-rows': rows.length } as CSSProperties) : undefined;
  return (
    <div className={sized ? 'hw-table-scroll hw-sized' : 'hw-table-scroll'} style={sized} ref={view.ref} onScroll={view.onScroll}>
      <table className="hw-library-table" aria-label="Saved profiles" aria-rowcount={rows.length + 1}>
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={{ width: column.columnDef.meta?.width }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {spacer(view.before)}
          {rows.slice(view.first, view.last).map((row, offset) => (
            <ProfileRow key={row.id} row={row} index={view.first + offset} selected={row.getIsSelected()} />
          ))}
          {spacer(view.after)}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="hw-empty">{empty}</p> : null}
    </div>
  );
}

/**
 * One profile's row. A row object stays the same while the rows do, so a scroll renders only the rows that
 * come into view, and a selection only the rows it changes. Its cells are made for as long as it shows:
 * row.getAllCells() would keep them on the row object, which lives on after the row scrolls out of view
 * (about 2.7 KB a row, 27 MB after scrolling through 10,000 profiles, and major collections of 20–35 ms).
 */
const ProfileRow = memo(function ProfileRow({ row, index, selected }: { row: Row<Features, ProfileSummary>; index: number; selected: boolean }) {
  const cells = useMemo(() => row.table.getAllLeafColumns().map((column) => constructCell(column, row, row.table)), [row]);
  return (
    <tr aria-rowindex={index + 2} aria-selected={selected} className={selected ? 'hw-selected' : undefined}>
      {cells.map((cell) => (
        <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'hw-num' : undefined}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
});

function HeaderCell({ header }: { header: Header<Features, ProfileSummary, unknown> }) {
  const sorted = header.column.getIsSorted();
  const content = header.isPlaceholder ? null : <FlexRender header={header} />;
  const numeric = header.column.columnDef.meta?.numeric;
  return (
    <th scope="col" aria-sort={ariaSort(sorted)} className={numeric ? 'hw-num' : undefined}>
      {header.column.getCanSort() ? (
        <SortButton sorted={sorted} onSort={header.column.getToggleSortingHandler()}>
          {content}
        </SortButton>
      ) : (
        content
      )}
    </th>
  );
}
