import ExcelJS from 'exceljs';
import { spreadsheetSafe } from '../../shared/export';

/**
 * A table of text cells as an XLSX workbook of one sheet. Every cell is a string (never a formula) and neutralised
 * like the CSV's: a value starting with "=", "+", "-", "@", tab, CR, LF or a full-width form gets a leading "'".
 */
export async function tableXlsx(table: readonly (readonly string[])[], sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const cells of table) sheet.addRow(cells.map(spreadsheetSafe));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
