import ExcelJS from 'exceljs';
import { spreadsheetSafe } from '../../shared/export';

/** How a table reads in a spreadsheet: each column's width (in characters), and the columns of numbers. */
export interface XlsxLayout {
  widths: readonly number[];
  numeric: ReadonlySet<number>;
}

const plainLayout: XlsxLayout = { widths: [], numeric: new Set() };

/**
 * A table of text cells (headers first) as an XLSX workbook of one sheet, ready to filter: bold frozen headers with
 * an autofilter, wrapped cells aligned to the top. Every cell is a string (never a formula) and neutralised like the
 * CSV's: a value starting with "=", "+", "-", "@", tab, CR, LF or a full-width form gets a leading "'". Only the
 * layout's numeric columns hold numbers, written as numbers where the cell is one.
 */
export async function tableXlsx(table: readonly (readonly string[])[], sheetName: string, layout: XlsxLayout = plainLayout): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  table.forEach((cells, row) => sheet.addRow(cells.map((cell, column) => (row > 0 && layout.numeric.has(column) ? numberOrText(cell) : spreadsheetSafe(cell)))));
  layout.widths.forEach((width, column) => (sheet.getColumn(column + 1).width = width));
  sheet.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const columns = table[0]?.length ?? 0;
  if (columns > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A number column's cell: a number, empty, or (not a number) neutralised text. */
function numberOrText(cell: string): number | string | null {
  if (cell.trim() === '') return null;
  const value = Number(cell);
  return Number.isFinite(value) ? value : spreadsheetSafe(cell);
}
