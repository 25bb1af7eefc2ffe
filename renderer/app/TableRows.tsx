import type { ReactNode } from 'react';
import type { Cell, ReactTable, RowData, TableFeatures } from '@tanstack/react-table';

/** The body rows of a TanStack table, each cell drawn by `cell` (a <td>, or a <th> for a row header). */
export function TableRows<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  cell,
}: {
  table: ReactTable<TFeatures, TData>;
  cell: (cell: Cell<TFeatures, TData, unknown>) => ReactNode;
}) {
  return table.getRowModel().rows.map((row) => <tr key={row.id}>{row.getAllCells().map(cell)}</tr>);
}
