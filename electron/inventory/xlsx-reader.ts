import ExcelJS from 'exceljs';
import { cleanCellText, InventoryError, inventoryLimits, noticeAt, type CellNotice, type CellPlace, type Table } from '../../shared/inventory';
import { guardedWorkbook } from './zip-guard';

type Value = ExcelJS.CellValue;

/**
 * Every sheet of a workbook as text tables, the first row as headers. The zip is checked and repacked first
 * (zip-guard); formulas are never evaluated: their cached result is used and noticed.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<{ tables: Table[]; notices: CellNotice[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    const zip = guardedWorkbook(bytes);
    await workbook.xlsx.load(zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer);
  } catch (error) {
    if (error instanceof InventoryError) throw error;
    throw new InventoryError(`The workbook cannot be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const notices: CellNotice[] = [];
  return { tables: workbook.worksheets.map((sheet) => tableOf(sheet, notices)), notices };
}

function tableOf(sheet: ExcelJS.Worksheet, notices: CellNotice[]): Table {
  if (sheet.rowCount > inventoryLimits.maxRows + 1) throw new InventoryError(`${sheet.name}: ${sheet.rowCount.toLocaleString('en-US')} rows; at most ${inventoryLimits.maxRows.toLocaleString('en-US')} are read.`);
  if (sheet.columnCount > inventoryLimits.maxColumns) throw new InventoryError(`${sheet.name}: ${sheet.columnCount.toLocaleString('en-US')} columns; at most ${inventoryLimits.maxColumns.toLocaleString('en-US')} are read.`);
  const texts = (row: ExcelJS.Row, width: number) =>
    Array.from({ length: width }, (_, index) => cellText(row.getCell(index + 1).value, { sheet: sheet.name, row: row.number, column: index }, notices));
  const header = sheet.getRow(1);
  const headers = texts(header, sheet.columnCount);
  const rows: Table['rows'] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push({ row: number, values: texts(row, headers.length) });
  });
  return { sheet: sheet.name, headers, headerRow: 1, rows };
}

/** The text a cell shows, as untrusted text; a formula's cached result (never evaluated), an error as ''. */
function cellText(value: Value, at: CellPlace, notices: CellNotice[]): string {
  return cleanCellText(rawText(value, at, notices), at, notices);
}

function rawText(value: Value, at: CellPlace, notices: CellNotice[]): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return String(value);
  if ('formula' in value || 'sharedFormula' in value) {
    notices.push({ ...noticeAt(at), message: 'a formula: its cached value is used, it is never evaluated' });
    return rawText(value.result as Value, at, notices);
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) {
    notices.push({ ...noticeAt(at), message: `an error value (${value.error}) read as empty` });
    return '';
  }
  return 'text' in value ? String(value.text) : '';
}
