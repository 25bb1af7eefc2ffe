import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { startBrowserMode } from '../../electron/browser/mode';
import { portfolioHeaders } from '../../electron/export/portfolio-table';
import { expect, test } from './fixtures';
import type { Host } from './host/host';
import { activity, checkScreen, collectErrors, profile, seed, toast } from './workspace-helpers';

const formulaStart = /^[=+\-@\t\r\n＝＋－＠]/;

let folder = '';
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'hostwise-export-portfolio-'));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Holds the next table export in the main process until the test lets it go, as a long one would run. */
function holdExport(host: Host): () => void {
  const handle = host.handlers['export.portfolio'];
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  host.handlers['export.portfolio'] = async (arg) => {
    await released;
    return handle(arg);
  };
  return release;
}

async function workbookTexts(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  return (sheet.getRows(1, sheet.rowCount) ?? []).map((row) =>
    Array.from({ length: portfolioHeaders.length }, (_, index) => {
      const cell = row.getCell(index + 1);
      expect(cell.formula).toBeUndefined();
      return cell.text;
    }),
  );
}

test('the library exports the profiles shown, or those selected, as an XLSX or CSV table that opens back safely', async ({ page, host }) => {
  const errors = collectErrors(page);
  await seed(
    host,
    profile("=cmd|' /C calc'!A0 payments", { 'code-trust': 'own', 'os-needs': 'linux' }),
    profile('@SUM(A1) payments batch', { 'os-needs': 'windows-legacy' }),
    profile('＝HYPERLINK payments portal'),
    profile('Intranet wiki'),
  );
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Filter' }).fill('payments');
  const exportTable = page.getByRole('button', { name: 'Export table (all 3 shown)…' });

  // By keyboard: the formats open under the button, Escape closes them and gives the focus back.
  await exportTable.focus();
  await page.keyboard.press('Enter');
  const formats = page.getByRole('group', { name: 'Table format' });
  await expect(exportTable).toHaveAttribute('aria-expanded', 'true');
  await checkScreen(page, 'export-table-formats');
  await page.keyboard.press('Escape');
  await expect(formats).toBeHidden();
  await expect(exportTable).toBeFocused();

  const xlsx = join(folder, 'portfolio.xlsx');
  host.dialogs.answerSave(xlsx);
  const release = holdExport(host);
  await exportTable.click();
  await formats.getByRole('button', { name: 'Excel workbook (XLSX)' }).click();
  await expect(activity(page)).toHaveText('Exporting the table of 3 profiles…');
  await expect(exportTable).toBeDisabled();
  release();
  await expect(toast(page, `Saved the table of 3 profiles to ${xlsx}.`)).toBeVisible();
  await expect(exportTable).toBeEnabled();

  const [header, ...rows] = await workbookTexts(xlsx);
  expect(header).toEqual(portfolioHeaders);
  expect(rows.map((row) => row[1]).sort()).toEqual(["'=cmd|' /C calc'!A0 payments", "'@SUM(A1) payments batch", "'＝HYPERLINK payments portal"].sort());
  for (const text of rows.flat()) expect(text).not.toMatch(formulaStart);

  // Selected profiles go instead of all those shown.
  await page.getByRole('checkbox', { name: 'Select @SUM(A1) payments batch' }).check();
  const csv = join(folder, 'portfolio.csv');
  host.dialogs.answerSave(csv);
  await page.getByRole('button', { name: 'Export table (1 selected)…' }).click();
  await formats.getByRole('button', { name: 'CSV' }).click();
  await expect(toast(page, `Saved the table of 1 profile to ${csv}.`)).toBeVisible();
  const [, only, ...more] = parse(await readFile(csv), { bom: true }) as string[][];
  expect(more).toEqual([]);
  expect(only!.slice(1, 2)).toEqual(["'@SUM(A1) payments batch"]);
  expect(only![portfolioHeaders.indexOf('Decision')]).toBe('Undecided');
  expect(host.dialogs.asked).toEqual(['Export table', 'Export table']);
  expect(errors).toEqual([]);
});

test('in the browser mode, the table arrives as a download', async ({ page }) => {
  const mode = await startBrowserMode({ dataFolder: folder, rendererRoot: resolve('out/renderer') });
  try {
    await page.goto(mode.entryUrl);
    await page.getByRole('button', { name: 'New profile' }).click();
    await page.getByLabel('Workload name').fill('=Payments API');
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Library' }).click();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export table (all 1 shown)…' }).click();
    await page.getByRole('button', { name: 'Excel workbook (XLSX)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('-Payments API.xlsx');
    const [header, row, ...more] = await workbookTexts(await download.path());
    expect(header).toEqual(portfolioHeaders);
    expect(row![1]).toBe("'=Payments API");
    expect(more).toEqual([]);
  } finally {
    await mode.stop();
  }
});
