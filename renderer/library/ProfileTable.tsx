import { FlexRender, type Header, type ReactTable } from '@tanstack/react-table';
import type { ProfileSummary } from '../../shared/api';
import type { libraryFeatures } from './profile-columns';
import { useRowWindow } from './useRowWindow';

type Features = typeof libraryFeatures;
type LibraryTable = ReactTable<Features, ProfileSummary>;

/** Must match `.hw-library-table tbody tr` in styles.css. */
const rowHeight = 44;

/**
 * The saved profiles, one row each. Only the rows in view are in the DOM (10,000 profiles stay smooth);
 * aria-rowcount and aria-rowindex tell assistive technology where those rows sit in the whole table.
 * `empty` says why no row shows.
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
  return (
    <div className="hw-table-scroll" ref={view.ref} onScroll={view.onScroll}>
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
            <tr key={row.id} aria-rowindex={view.first + offset + 2} aria-selected={row.getIsSelected()} className={row.getIsSelected() ? 'hw-selected' : undefined}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'hw-num' : undefined}>
                  <FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {spacer(view.after)}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="hw-empty">{empty}</p> : null}
    </div>
  );
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

function HeaderCell({ header }: { header: Header<Features, ProfileSummary, unknown> }) {
  const sorted = header.column.getIsSorted();
  const content = header.isPlaceholder ? null : <FlexRender header={header} />;
  const numeric = header.column.columnDef.meta?.numeric;
  return (
    <th scope="col" aria-sort={sorted ? ariaSort[sorted] : undefined} className={numeric ? 'hw-num' : undefined}>
      {header.column.getCanSort() ? (
        <button type="button" className="hw-sort" onClick={header.column.getToggleSortingHandler()}>
          {content}
          <span className="hw-sort-mark" aria-hidden="true">
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          </span>
        </button>
      ) : (
        content
      )}
    </th>
  );
}
