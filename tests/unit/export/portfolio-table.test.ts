import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { portfolioHeaders, portfolioRows, portfolioTable, portfolioXlsx, tableCsv } from '../../../electron/export/portfolio-table';
import { tableXlsx } from '../../../electron/export/table-xlsx';
import { catalog } from '../../../shared/catalog';
import { evaluate } from '../../../shared/engine';
import { validProfile } from '../../fixtures/hostile-cases';

/** Groups come from elsewhere (a file name, a profile's group) and keep their leading tab, CR or LF. */
const hostileGroups = ['\t=1+1', '\r=1+1', '\n=1+1', "=cmd|' /C calc'!A0", '＠SUM(A1)'];

const rows = portfolioRows(
  [...hostileGroups, null].map((group) => ({ group, profile: validProfile, evaluation: evaluate(validProfile, catalog, { samples: 0 }) })),
  catalog,
);

describe('the portfolio table', () => {
  it('has a row per workload under the headers, an empty group where there is none, and the decision', () => {
    const table = portfolioTable(rows);
    expect(table[0]).toEqual(portfolioHeaders);
    expect(table.slice(1).map((row) => [row[0], row.length, row[portfolioHeaders.indexOf('Decision')]])).toEqual([...hostileGroups, ''].map((group) => [group, portfolioHeaders.length, 'Undecided']));
  });

  it('neutralises the groups in the CSV and the XLSX alike: a leading quote before the tab, CR, LF or formula sign', async () => {
    const table = portfolioTable(rows);
    const csv = (parse(tableCsv(table)) as string[][]).slice(1).map((row) => row[0]);
    const workbook = new ExcelJS.Workbook();
    const bytes = await tableXlsx(table, 'Portfolio');
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const cells = rows.map((_, index) => sheet.getRow(index + 2).getCell(1));
    for (const cell of cells) expect(cell.formula).toBeUndefined();
    // XML reads a stored CR back as LF (line-end normalisation): the quote still comes first.
    expect(csv).toEqual(["'\t=1+1", "'\r=1+1", "'\n=1+1", "'=cmd|' /C calc'!A0", "'＠SUM(A1)", '']);
    expect(cells.map((cell) => cell.text)).toEqual(["'\t=1+1", "'\n=1+1", "'\n=1+1", "'=cmd|' /C calc'!A0", "'＠SUM(A1)", '']);
  });

  it('reads in a spreadsheet as a table to filter: an autofilter on the headers, set widths, wrapped cells, the margin a number', async () => {
    const recommended = evaluate({ ...validProfile, answers: {} }, catalog, { samples: 0 });
    const table = portfolioTable(portfolioRows([{ group: 'Payments', profile: validProfile, evaluation: recommended }], catalog));
    const workbook = new ExcelJS.Workbook();
    const bytes = await portfolioXlsx(table);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Portfolio');
    expect(sheet.autoFilter).toBe(`A1:${String.fromCharCode(64 + portfolioHeaders.length)}1`);
    expect(sheet.getColumn(portfolioHeaders.indexOf('Deciding reasons') + 1).width).toBe(60);
    const row = sheet.getRow(2);
    expect(row.getCell(portfolioHeaders.indexOf('Deciding reasons') + 1).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    const margin = row.getCell(portfolioHeaders.indexOf('Margin (points)') + 1);
    expect(margin.type).toBe(ExcelJS.ValueType.Number);
    expect(margin.value).toBe(Math.round(recommended.recommendation.margin! * 10) / 10);
  });
});
