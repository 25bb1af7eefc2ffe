import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { portfolioHeaders } from '../../../electron/export/portfolio-table';

const margin = portfolioHeaders.indexOf('Margin (points)');

/**
 * The portfolio workbook's one sheet as the text of its cells, after checking each cell: never a formula; text (or
 * empty), but for the margins, which are numbers.
 */
export async function portfolioWorkbookTexts(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0]!;
  const rows = sheet.getRows(1, sheet.rowCount) ?? [];
  const cells = rows.map((row) => Array.from({ length: portfolioHeaders.length }, (_, index) => row.getCell(index + 1)));
  cells.forEach((row, rowIndex) =>
    row.forEach((cell, column) => {
      expect(cell.formula).toBeUndefined();
      const kind = rowIndex > 0 && column === margin ? ExcelJS.ValueType.Number : ExcelJS.ValueType.String;
      expect([kind, ExcelJS.ValueType.Null]).toContain(cell.type);
    }),
  );
  return cells.map((row) => row.map((cell) => cell.text));
}
