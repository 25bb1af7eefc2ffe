import type { ReactNode } from 'react';
import { FlexRender, tableFeatures, type Cell, type ReactTable, type RowData } from '@tanstack/react-table';
import { TableRows } from './TableRows';

/** Tables read top to bottom: no sorting, no selection. */
export const plainFeatures = tableFeatures({});

function plainCell<T extends RowData>(cell: Cell<typeof plainFeatures, T, unknown>) {
  return (
    <td key={cell.id}>
      <FlexRender cell={cell} />
    </td>
  );
}

interface PlainTableProps<T extends RowData> {
  table: ReactTable<typeof plainFeatures, T>;
  caption: ReactNode;
  testId?: string;
}

/** A plain table: header row, then one row per entry, scrolling sideways when narrow. */
export function PlainTable<T extends RowData>({ table, caption, testId }: PlainTableProps<T>) {
  return (
    <div className="hw-table-scroll">
      <table className="hw-plain-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  <FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          <TableRows table={table} cell={plainCell} />
        </tbody>
      </table>
    </div>
  );
}
