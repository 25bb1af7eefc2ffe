import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { serializeProfileFile } from '../../../shared/profile-file';
import { validProfile } from '../../fixtures/hostile-cases';
import { example, exampleRulesFile, hostwise, tempFolder, writeTemp } from './support';
import { portfolioHeaders } from '../../../electron/export/portfolio-table';
import { tableXlsx } from '../../../electron/export/table-xlsx';
import { portfolioWorkbookTexts } from '../export/portfolio-workbook';

const formulaStart = /^[=+\-@\t\r\n＝＋－＠]/;

describe('hostwise evaluate --csv', () => {
  it('prints the portfolio, one row per workload, with every formula-like cell neutralised', async () => {
    const hostile = serializeProfileFile([
      { ...validProfile, name: "=cmd|' /C calc'!A0" },
      { ...validProfile, id: '9a0e3f7c-5b1d-4c2e-8f6a-1b2c3d4e5f60', name: '@SUM(1+1)*cmd|"/C calc"!A0' },
      { ...validProfile, id: '9a0e3f7c-5b1d-4c2e-8f6a-1b2c3d4e5f61', name: '＝HYPERLINK("http://evil")' },
    ]);
    const run = await hostwise('evaluate', '--csv', '--samples', '200', writeTemp('+hostile.hostwise', hostile), example('stateless-web-api'));
    expect(run.code).toBe(0);
    const [header, ...rows] = parse(run.stdout) as string[][];
    expect(header).toEqual(portfolioHeaders);
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ["'+hostile.hostwise", "'=cmd|' /C calc'!A0"],
      ["'+hostile.hostwise", "'@SUM(1+1)*cmd|\"/C calc\"!A0"],
      ["'+hostile.hostwise", "'＝HYPERLINK(\"http://evil\")"],
      ['stateless-web-api.hostwise', 'Public pricing API behind the mobile app'],
    ]);
    // A catalogue-1 example, migrated: not enough answers yet, so no confidence, and questions to answer first.
    expect(rows[3]!.slice(2, 6)).toEqual(['Not enough answers', 'Containers on bare metal', '', 'Containers on VMs']);
    expect(rows[3]![column('Margin (points)')]).toMatch(/^\d+(\.\d)?$/);
    expect(rows[3]![column('Deciding reasons')]).not.toBe('');
    expect(rows[3]![column('Answer these first')]).toMatch(/\(hosting-environment\)/);
    for (const cell of rows.flat()) expect(cell).not.toMatch(formulaStart);
  });

  it('names the catalogue rules (reason and id) and the house rules entries that applied, and refuses --json with --csv', async () => {
    const run = await hostwise('evaluate', '--csv', '--samples', '0', '--rules', exampleRulesFile(), example('legacy-windows-erp'));
    expect(run.code).toBe(0);
    const [, row] = parse(run.stdout) as string[][];
    expect(row![column('Confidence')]).toBe('');
    // Each catalogue rule as its reason, with the id the catalogue names it by; then the house rules' entries.
    const applied = row![column('Rules applied')]!.split('\n');
    expect(applied).toContain('It needs an operating system of its own, and a container shares a Linux or current Windows host kernel. (needs-its-own-os)');
    expect(applied).toContain('Acme platform team house rules 2026.4: no-gvisor');
    expect((await hostwise('evaluate', '--csv', '--json', 'x.hostwise')).code).toBe(2);
  });
});

/** A column of the portfolio table, by its header. */
const column = (header: string) => portfolioHeaders.indexOf(header);

/** Names a spreadsheet would read as a formula (OWASP's list and the full-width forms), one workload each. */
const hostileNames = ["=cmd|' /C calc'!A0", '+1+1', '-2', '@SUM(A1)', '\t=1+1', '\r=1+1', '\n=1+1', '＝1+1', '＋1', '－1', '＠SUM(A1)'];

/** A portfolio of workloads with hostile names (the profile file trims leading whitespace) in a hostile file name. */
function hostilePortfolio(): string[] {
  const profiles = hostileNames.map((name, index) => ({ ...validProfile, id: `9a0e3f7c-5b1d-4c2e-8f6a-1b2c3d4e5f${String(index).padStart(2, '0')}`, name }));
  return ['--samples', '0', writeTemp('@hostile.hostwise', serializeProfileFile(profiles)), example('stateless-web-api')];
}

async function workbookRows(path: string): Promise<ExcelJS.Row[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!.getRows(1, workbook.worksheets[0]!.rowCount) ?? [];
}

describe('hostwise evaluate --xlsx', () => {
  it('writes the CSV\'s rows as a workbook of text cells, every formula-like cell neutralised, and says where', async () => {
    const out = join(tempFolder(), 'portfolio.xlsx');
    const args = hostilePortfolio();
    const run = await hostwise('evaluate', '--xlsx', out, ...args);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Wrote the portfolio of 12 workloads to ${out}\n`);
    const texts = await portfolioWorkbookTexts(out);
    expect(texts.slice(1, -1).map((row) => row.slice(0, 2))).toEqual(hostileNames.map((name) => ["'@hostile.hostwise", `'${name.trimStart()}`]));
    for (const text of texts.flat()) expect(text).not.toMatch(formulaStart);
    const csv = await hostwise('evaluate', '--csv', ...args);
    expect(texts).toEqual((parse(csv.stdout) as string[][]));
  });

  it('neutralises the same cells in the CSV, parsed back', async () => {
    const csv = parse((await hostwise('evaluate', '--csv', ...hostilePortfolio())).stdout) as string[][];
    expect(csv.slice(1, -1).map((row) => row[1])).toEqual(hostileNames.map((name) => `'${name.trimStart()}`));
    for (const text of csv.flat()) expect(text).not.toMatch(formulaStart);
  });

  it('writes tab, CR and LF prefixed cells with a leading quote too', async () => {
    const path = writeTemp('cells.xlsx', await tableXlsx([['\t=1+1', '\r=1+1', '\n=1+1', 'plain', '']], 'Cells'));
    const [row] = await workbookRows(path);
    // XML reads a stored CR back as LF (line-end normalisation): the quote still comes first.
    expect([1, 2, 3, 4].map((column) => row!.getCell(column).value)).toEqual(["'\t=1+1", "'\n=1+1", "'\n=1+1", 'plain']);
  });

  it('says on stderr, with exit code 1, when the workbook cannot be written', async () => {
    const out = join(tempFolder(), 'missing-folder', 'portfolio.xlsx');
    const run = await hostwise('evaluate', '--xlsx', out, '--samples', '0', example('stateless-web-api'));
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(`${out}: cannot be written: ENOENT`);
  });

  it('refuses --xlsx with --csv or --json', async () => {
    expect((await hostwise('evaluate', '--xlsx', 'out.xlsx', '--csv', 'x.hostwise')).code).toBe(2);
    expect((await hostwise('evaluate', '--xlsx', 'out.xlsx', '--json', 'x.hostwise')).code).toBe(2);
  });
});
