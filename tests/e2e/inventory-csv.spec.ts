import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { collectErrors, dragFiles } from './workspace-helpers';

const review = (page: Page) => page.getByRole('dialog', { name: 'Import inventory' });
const counts = (page: Page) => review(page).getByLabel('Inventory counts');
const bytes = (text: string) => new TextEncoder().encode(text);

/** Excel's CSV where the decimal mark is a comma: semicolons between cells, one inside a quoted cell. */
const semicolonCsv = [
  'Name;Power state;CPUs;Memory;OS;Application;Cluster;Annotation',
  'erp-01;poweredOn;8;32768;Red Hat Enterprise Linux 8;ERP;Prod-A;"owner: finance; tier 1"',
  'web-01;poweredOn;2;4096;Ubuntu 22.04;Shop;Prod-B;',
  'web-02;poweredOn;2;4096;Ubuntu 22.04;Shop;Prod-B;',
  'old-ftp;poweredOff;1;2048;Windows Server 2008 R2;;Prod-A;',
].join('\r\n');

test('a semicolon-separated CSV dropped on the window is read as such, and only text columns are offered to group by', async ({ page, host }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await dragFiles(page.getByRole('main'), [{ name: 'cmdb;export.csv', bytes: bytes(semicolonCsv) }]);

  await expect(review(page)).toContainText('cmdb;export.csv: a CSV (cmdb;export.csv) read as semicolon-separated, 4 servers.');
  await expect(counts(page)).toContainText('To import3');
  await expect(counts(page)).toContainText('Powered off1');
  const options = (label: string) => review(page).getByLabel(label).locator('option');
  await expect(options('Group by')).toHaveText(['Nothing: one workload per server', 'Application', 'Cluster', 'Annotation', 'OS']);
  await expect(options('Portfolio group from column')).toHaveText(['None', 'Application', 'Cluster', 'Annotation', 'OS']);
  await review(page).getByLabel('Group by').selectOption('Application');
  await expect(counts(page)).toContainText('To import2');
  await review(page).getByRole('button', { name: 'Import 2 profiles' }).click();
  await expect(page.getByRole('dialog', { name: 'Import finished' })).toContainText('Added: 2');
  expect(host.store.list().map((profile) => profile.name).sort()).toEqual(['ERP', 'Shop']);
  expect(errors).toEqual([]);
});

test('a CSV whose quotes go wrong is refused in a sentence naming the row and column, the file name once', async ({ page, host }) => {
  await page.goto('/');
  await dragFiles(page.getByRole('main'), [{ name: 'broken.csv', bytes: bytes('name,os\nweb-01,"Linux" 64-bit\n') }]);
  const refusal = page.getByRole('dialog', { name: 'Inventory not imported' });
  await expect(refusal).toContainText(
    'broken.csv: The CSV cannot be read at row 2, column B (read as comma-separated): a quoted value is followed by other text before the next comma; quote the whole cell and double each quote inside it (""). Nothing was imported.',
  );
  expect((await refusal.textContent())?.split('broken.csv')).toHaveLength(2);
  expect(host.store.list()).toEqual([]);
});

const hostileName = '=HYPERLINK("http://evil.example/' + 'a'.repeat(120) + '","click")';
const shopServers = Array.from({ length: 30 }, (_, index) => `shop-web-${String(index + 1).padStart(2, '0')}`);

/** A hostile VM name, an application of thirty servers, and an annotation longer than a cell may be. */
const hostileCsv = [
  'Name,OS,Application,Annotation',
  `"${hostileName.replaceAll('"', '""')}",Ubuntu 22.04,,`,
  ...shopServers.map((name) => `${name},Ubuntu 22.04,Shop,`),
  `ledger,Windows Server 2022,Ledger,${'x'.repeat(40_000)}`,
].join('\n');

test('a long hostile name and a long server list wrap: the inferred answers stay in view; a long annotation is cut and noticed', async ({ page, host }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await dragFiles(page.getByRole('main'), [{ name: 'hostile.csv', bytes: bytes(hostileCsv) }]);
  await expect(counts(page)).toContainText('To import32');
  await review(page).getByLabel('Portfolio group from column').selectOption('Application');
  await review(page).getByLabel('Group by').selectOption('Application');
  await expect(counts(page)).toContainText('To import3');
  await expect(review(page)).toContainText('column D: 40,000 characters, kept the first 32,767 (hostile.csv row 33)');

  const table = review(page).getByRole('table', { name: 'Workloads to import' });
  const body = review(page).locator('.hw-dialog-body');
  const inferred = table.getByRole('columnheader', { name: 'Inferred answers' });
  const [bodyBox, inferredBox] = [await body.boundingBox(), await inferred.boundingBox()];
  expect(inferredBox!.x + inferredBox!.width).toBeLessThanOrEqual(bodyBox!.x + bodyBox!.width + 1);
  expect(inferredBox!.width).toBeGreaterThan(200);
  await expect(table.getByRole('row', { name: /^Shop/ })).toContainText('shop-web-30');
  await table.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await review(page).screenshot({ path: 'test-results/screenshots/inventory-csv-hostile.png' });
  await expectAccessible(page);
  expect(host.store.list()).toEqual([]);
  expect(errors).toEqual([]);
});
