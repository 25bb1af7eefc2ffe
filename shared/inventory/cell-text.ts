import { InventoryError } from './errors';
import { inventoryLimits } from './limits';
import { columnLetters, position, type CellNotice } from './table';

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls; bidirectional overrides and isolates. */
const controls = /(?![\t\n\r])[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

export interface CellPlace {
  sheet: string;
  row: number;
  /** 0-based. */
  column: number;
}

/** A cell's text as the import may use it: control characters removed (and noticed), over-long text refused. */
export function cleanCellText(text: string, at: CellPlace, notices: CellNotice[]): string {
  if (text.length > inventoryLimits.maxCellLength) {
    throw new InventoryError(`${position(at.sheet, at.row, at.column)}: the cell holds ${text.length.toLocaleString('en-US')} characters; at most ${inventoryLimits.maxCellLength.toLocaleString('en-US')} are read.`);
  }
  const clean = text.replace(controls, '');
  if (clean !== text) notices.push({ ...noticeAt(at), message: 'control characters removed' });
  return clean;
}

export function noticeAt(at: CellPlace): Omit<CellNotice, 'message'> {
  return { sheet: at.sheet, row: at.row, column: columnLetters(at.column) };
}
