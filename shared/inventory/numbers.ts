import { cell } from './columns';
import { InventoryError } from './errors';
import { position, type Table, type TableRow } from './table';

/** A non-negative number from a row's cell ('' or an absent column → null); thousands separators and spaces are allowed, nothing else. */
export function quantityAt(table: Table, row: TableRow, column: number): number | null {
  const text = cell(row, column);
  if (text === '') return null;
  const plain = text.replace(/[\s,]/g, '');
  if (!/^\d{1,15}(\.\d{1,6})?$/.test(plain)) {
    throw new InventoryError(`${position(table.sheet, row.row, column, table.headers[column])}: "${text.slice(0, 40)}" is not a number.`);
  }
  return Number(plain);
}
