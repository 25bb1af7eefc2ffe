import { InventoryError } from './errors';
import { position } from './table';

/** Where a cell is, for the message when its number is unreadable. */
export interface CellAt {
  sheet: string;
  row: number;
  column: number;
  header: string;
}

/** A non-negative number from a cell ('' → null); thousands separators and spaces are allowed, nothing else. */
export function quantity(text: string, at: CellAt): number | null {
  if (text === '') return null;
  const plain = text.replace(/[\s,]/g, '');
  if (!/^\d{1,15}(\.\d{1,6})?$/.test(plain)) {
    throw new InventoryError(`${position(at.sheet, at.row, at.column, at.header)}: "${text.slice(0, 40)}" is not a number.`);
  }
  return Number(plain);
}
