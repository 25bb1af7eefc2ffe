import { InventoryError } from './errors';
import { inventoryLimits } from './limits';
import { cellPosition, columnLetters, position, type CellNotice, type Table, type TableRow } from './table';

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls; bidirectional overrides and isolates. */
const controls = /(?![\t\n\r])[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

export interface CellPlace {
  sheet: string;
  row: number;
  /** 0-based. */
  column: number;
}

const count = (value: number) => value.toLocaleString('en-US');

/** A cell's text as the import may use it: control characters removed (and noticed), over-long text refused. */
export function cleanCellText(text: string, at: CellPlace, notices: CellNotice[]): string {
  if (text.length > inventoryLimits.maxCellLength) {
    throw new InventoryError(`${position(at.sheet, at.row, at.column)}: the cell holds ${count(text.length)} characters; at most ${count(inventoryLimits.maxCellLength)} are read.`);
  }
  const clean = text.replace(controls, '');
  if (clean !== text) notices.push({ ...noticeAt(at), message: 'control characters removed' });
  return clean;
}

/**
 * A CSV cell's text cut to the cell limit, and noticed: a details column (a long annotation) is kept in the notes,
 * which are shorter still. A mapped field never reads a cut cell (refuseClipped).
 */
export function clippedCellText(text: string, at: CellPlace, notices: CellNotice[]): string {
  if (text.length <= inventoryLimits.maxCellLength) return text;
  notices.push({ ...noticeAt(at), message: `${count(text.length)} characters, kept the first ${count(inventoryLimits.maxCellLength)}` });
  return text.slice(0, inventoryLimits.maxCellLength);
}

/** A mapped field (the name, the OS …) is read whole or not at all: a cell the reader cut is refused. */
export function refuseClipped(table: Table, row: TableRow, column: number): void {
  const length = row.clipped?.[column];
  if (length === undefined) return;
  const at = cellPosition(row.row, column, table.headers[column]);
  throw new InventoryError(`The cell at ${at} holds ${count(length)} characters; a mapped field reads at most ${count(inventoryLimits.maxCellLength)}. Map the column as a detail, or shorten the cell.`);
}

export function noticeAt(at: CellPlace): Omit<CellNotice, 'message'> {
  return { sheet: at.sheet, row: at.row, column: columnLetters(at.column) };
}
