import type { ReactNode } from 'react';
import { FlexRender, tableFeatures, type Cell, type ReactTable, type RowData } from '@tanstack/react-table';
import { TableRows } from '../app/TableRows';

/** The Rules screen's tables read top to bottom: no sorting, no selection. */
export const plainFeatures = tableFeatures({});

function plainCell<T extends RowData>(cell: Cell<typeof plainFeatures, T, unknown>) {
  return (
    <td key={cell.id}>
      <FlexRender cell={cell} />
    </td>
  );
}

/** A table of the Rules screen: header row, then one row per entry. */
export function RulesTable<T extends RowData>({ table, caption, testId }: { table: ReactTable<typeof plainFeatures, T>; caption: ReactNode; testId: string }) {
  return (
    <div className="hw-table-scroll">
      <table className="hw-rules-table" data-testid={testId}>
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
