import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { startBrowserMode } from '../../electron/browser/mode';
import { vInfoHeaders, vm, vMetaData, workbook } from '../unit/inventory/workbooks';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import type { Host } from './host/host';
import { collectErrors, dragFiles, names } from './workspace-helpers';

const toolsOs = "vInfo 'OS according to the VMware Tools'";

/** An RVTools export: `running` VMs powered on (two of the application "Shop"), a template and a powered-off VM. */
const rvtools = (...running: Parameters<typeof vm>[]) =>
  workbook(
    {
      name: 'vInfo',
      headers: vInfoHeaders,
      rows: [...running.map(([name, fields]) => vm(name, fields)), vm('golden-image', { Template: true }), vm('old-ftp', { Powerstate: 'poweredOff' })],
    },
    vMetaData('4.4.2.0'),
  );

const review = (page: Page) => page.getByRole('dialog', { name: 'Import inventory' });
const counts = (page: Page) => review(page).getByLabel('Inventory counts');
const summary = (page: Page) => page.getByRole('dialog', { name: 'Import finished' });

async function expectCounts(page: Page, imported: number, templates: number, poweredOff: number) {
  await expect(counts(page)).toContainText(`To import${imported}`);
  await expect(counts(page)).toContainText(`Templates${templates}`);
  await expect(counts(page)).toContainText(`Powered off${poweredOff}`);
}

/** axe in light and dark, and a full-page screenshot of each. */
async function checkInventoryScreen(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page);
    await page.screenshot({ path: `test-results/screenshots/inventory-${name}-${colorScheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const savedNames = (host: Host) => host.store.list().map((profile) => profile.name).sort();

let folder = '';
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'hostwise-inventory-'));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

test('an RVTools export chosen in the open dialog imports its counts; an inferred answer is tagged until a person changes it', async ({ page, host }) => {
  const errors = collectErrors(page);
  const path = join(folder, 'rvtools.xlsx');
  await writeFile(path, await rvtools(['erp-01', { 'OS according to the VMware Tools': 'Microsoft Windows Server 2012 R2 (64-bit)' }], ['web-01', {}], ['web-02', {}]));
  await page.goto('/');
  host.dialogs.answerOpen([path]);
  await page.getByRole('button', { name: 'Import inventory…' }).click();

  await expectCounts(page, 3, 1, 1);
  await expect(review(page).getByRole('table', { name: 'Workloads to import' }).locator('tbody tr')).toHaveCount(3);
  await expect(review(page)).toContainText('golden-image (vInfo row 5)');
  await expect(review(page)).toContainText('old-ftp (vInfo row 6)');
  await checkInventoryScreen(page, 'review');
  await review(page).getByRole('button', { name: 'Import 3 profiles' }).click();
  await expect(summary(page)).toContainText('Added: 3');
  await expect(summary(page).getByText('Servers left out: 2', { exact: true })).toBeVisible();
  await expect(summary(page).getByText('1 template, 1 powered-off server, 0 unreadable rows, as the review listed them.')).toBeVisible();
  await expect(summary(page)).not.toContainText(/Rejected files|Replaced|Skipped/);
  await summary(page).getByRole('button', { name: 'Close' }).click();
  await expect(names(page)).toHaveCount(3);
  expect(savedNames(host)).toEqual(['erp-01', 'web-01', 'web-02']);

  const erp = host.store.list().find((profile) => profile.name === 'erp-01')!;
  await page.goto(`/#/profile/${erp.id}`);
  const os = page.getByRole('group', { name: 'What operating system and kernel does it need?' });
  const tag = os.getByText(`Inferred from ${toolsOs}`);
  await expect(tag).toBeVisible();
  await expect(os.getByRole('radio', { name: /^Older Windows/ })).toBeChecked();
  await tag.scrollIntoViewIfNeeded();
  await checkInventoryScreen(page, 'editor-inferred');
  await os.getByRole('radio', { name: /^Windows Server 2019 or later/ }).check();
  await expect(tag).toBeHidden();
  expect(errors).toEqual([]);
});

test('an RVTools export dropped on the window, grouped by application, imports one profile per application; a second one dropped with it is named as not read', async ({ page, host }) => {
  const errors = collectErrors(page);
  const bytes = await rvtools(['shop-web', { Application: 'Shop' }], ['shop-db', { Application: 'Shop' }], ['ledger', { Application: 'Ledger' }], ['tools', {}]);
  await page.goto('/');
  await dragFiles(page.getByRole('main'), [
    { name: 'estate.xlsx', bytes },
    { name: 'second-site.xlsx', bytes },
  ]);

  await expect(page.getByRole('status').filter({ hasText: 'one at a time' })).toContainText(
    'Inventories are reviewed one at a time: estate.xlsx is under review; second-site.xlsx not read.',
  );
  await expectCounts(page, 4, 1, 1);
  await review(page).getByLabel('Group by').selectOption('Application');
  await expectCounts(page, 3, 1, 1);
  await review(page).getByRole('button', { name: 'Import 3 profiles' }).click();
  await expect(summary(page)).toContainText('Added: 3');
  expect(savedNames(host)).toEqual(['Ledger', 'Shop', 'tools']);
  expect(errors).toEqual([]);
});

test('the same estate dropped again refreshes its saved workloads: nothing added twice, the review saying which are updates, mixed OS groups flagged', async ({ page, host }) => {
  const errors = collectErrors(page);
  const estate = (ledgerMemory: number) =>
    rvtools(
      ['shop-web', { Application: 'Shop', 'OS according to the VMware Tools': 'Microsoft Windows Server 2012 R2 (64-bit)' }],
      ['shop-db', { Application: 'Shop' }],
      ['ledger', { Application: 'Ledger', Memory: ledgerMemory }],
      ['tools', {}],
    );
  const statusOf = (name: string) => review(page).getByRole('row', { name: new RegExp(`^${name} `) });
  // Saved grouped by application, the estate opens grouped so again, and says why.
  async function dropGrouped(bytes: Uint8Array) {
    await dragFiles(page.getByRole('main'), [{ name: 'estate.xlsx', bytes }]);
    await expect(review(page).getByLabel('Group by')).toHaveValue('Application');
    await expect(review(page).getByText('As the 2 workloads (3 servers) saved from this estate: grouped by “Application”.')).toBeVisible();
    await expectCounts(page, 3, 1, 1);
  }
  await page.goto('/');

  await dragFiles(page.getByRole('main'), [{ name: 'estate.xlsx', bytes: await estate(4096) }]);
  await review(page).getByLabel('Group by').selectOption('Application');
  await expectCounts(page, 3, 1, 1);
  await expect(statusOf('Shop')).toContainText('New');
  await expect(statusOf('Shop')).toContainText('Servers disagree: Linux, Windows');
  await review(page).getByRole('button', { name: 'Import 3 profiles' }).click();
  await expect(summary(page)).toContainText('Added: 3');
  await summary(page).getByRole('button', { name: 'Close' }).click();

  await dropGrouped(await estate(4096));
  // One workload per server would add the applications' servers again: the review warns, and goes back in a click.
  await review(page).getByLabel('Group by').selectOption('');
  await expect(review(page).getByRole('alert')).toContainText('2 workloads (3 servers) of this estate are saved grouped by “Application”: imported this way, their servers would be counted twice.');
  await checkInventoryScreen(page, 'saved-grouping');
  await review(page).getByRole('button', { name: 'Import as saved' }).click();
  await expect(review(page).getByLabel('Group by')).toHaveValue('Application');
  await expectCounts(page, 3, 1, 1);
  // The same estate again: every workload is saved as it is, so there is nothing to import.
  await expect(review(page).getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();
  await review(page).getByRole('button', { name: 'Cancel' }).click();
  expect(savedNames(host)).toEqual(['Ledger', 'Shop', 'tools']);

  // Next month's export: the ledger server has more memory.
  await dropGrouped(await estate(16_384));
  await expect(statusOf('Ledger')).toContainText('Updates the saved workload: its servers and sizes');
  await expect(statusOf('tools')).toContainText('Already saved, unchanged');
  await expect(counts(page)).toContainText('Updates1');
  await checkInventoryScreen(page, 'refresh-review');
  await page.setViewportSize({ width: 1280, height: 1600 });
  await review(page).getByRole('table', { name: 'Workloads to import' }).screenshot({ path: 'test-results/screenshots/inventory-refresh-statuses.png' });
  await review(page).getByRole('button', { name: 'Import 3 profiles' }).click();
  await expect(summary(page)).toContainText(/Updated: 1\s*Ledger/);
  await expect(summary(page)).toContainText('Added: 0');
  await expect(summary(page)).toContainText('Already present: 2');
  await checkInventoryScreen(page, 'refresh-summary');
  await summary(page).getByRole('button', { name: 'Close' }).click();
  await expect(names(page)).toHaveCount(3);
  expect(savedNames(host)).toEqual(['Ledger', 'Shop', 'tools']);
  const ledger = host.store.list().find((profile) => profile.name === 'Ledger')!;
  expect(host.store.get(ledger.id).notes).toContain('memory MiB: 16,384');
  expect(errors).toEqual([]);
});

test('a workbook without vInfo is refused with the sheet named, and the library is unchanged', async ({ page, host }) => {
  const bytes = await workbook({ name: 'Servers', headers: ['VM', 'Powerstate'], rows: [['a', 'poweredOn']] });
  await page.goto('/');
  await dragFiles(page.getByRole('main'), [{ name: 'not-rvtools.xlsx', bytes }]);

  const refusal = page.getByRole('dialog', { name: 'Inventory not imported' });
  await expect(refusal).toContainText('not-rvtools.xlsx: The workbook has no vInfo sheet (it has: Servers)');
  await expect(refusal).toContainText('Nothing was imported.');
  await checkInventoryScreen(page, 'refused');
  await refusal.getByRole('button', { name: 'Close' }).click();
  expect(host.store.list()).toEqual([]);
});

const cmdbCsv = [
  'Rechnername,Kerne,Speicher GB,Betriebssystem,Cluster,Zustand',
  'erp-01,8,32,Red Hat Enterprise Linux 8,Prod-A,running',
  'web-01,2,4,Ubuntu 22.04,Prod-B,running',
  'web-02,2,4,Ubuntu 22.04,Prod-B,running',
  'old-ftp,1,2,Windows Server 2008 R2,Prod-A,stopped',
].join('\n');

test('a CSV with odd headers chosen in the Import… dialog: its columns mapped and the mapping saved, the servers import with their portfolio group', async ({ page, host }) => {
  const errors = collectErrors(page);
  const path = join(folder, 'cmdb-export.csv');
  await writeFile(path, cmdbCsv);
  await page.goto('/');
  host.dialogs.answerOpen([path]);
  await page.getByRole('button', { name: 'Import…', exact: true }).click();

  const mapping = review(page).getByRole('region', { name: 'Column mapping' });
  await expect(review(page).getByRole('alert')).toContainText('no column is mapped to the field "name"');
  await expectCounts(page, 0, 0, 0);
  await mapping.getByLabel('Server name').selectOption('Rechnername');
  await expectCounts(page, 4, 0, 0);
  await mapping.getByLabel('Power state').selectOption('Zustand');
  await expectCounts(page, 3, 0, 1);
  await mapping.getByLabel('vCPUs').selectOption('Kerne');
  await mapping.getByLabel('Memory (GiB)').selectOption('Speicher GB');
  await mapping.getByLabel('Operating system').selectOption('Betriebssystem');
  await expect(mapping.getByRole('row', { name: /^vCPUs/ })).toContainText('8');
  await review(page).getByLabel('Portfolio group from column').selectOption('Cluster');
  await mapping.getByRole('button', { name: 'Save this mapping' }).click();
  await expect(mapping).toContainText('Using the mapping you saved on');
  await expect(review(page).getByRole('table', { name: 'Workloads to import' }).getByRole('row', { name: /^erp-01 New Prod-A/ })).toContainText("from cmdb-export.csv 'Betriebssystem'");
  // The review scrolls inside the dialog: a window tall enough shows the whole mapping step at once.
  await page.setViewportSize({ width: 1280, height: 2400 });
  await review(page).getByText('cmdb-export.csv: a CSV').evaluate((line) => line.scrollIntoView({ block: 'center' }));
  await review(page).screenshot({ path: 'test-results/screenshots/inventory-mapping-step.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await checkInventoryScreen(page, 'mapping');

  await review(page).getByRole('button', { name: 'Import 3 profiles' }).click();
  await expect(summary(page)).toContainText('Added: 3');
  await summary(page).getByRole('button', { name: 'Close' }).click();
  const saved = host.store.list().map((entry) => host.store.get(entry.id));
  expect(saved.map((profile) => [profile.name, profile.group]).sort()).toEqual([
    ['erp-01', 'Prod-A'],
    ['web-01', 'Prod-B'],
    ['web-02', 'Prod-B'],
  ]);
  const erp = saved.find((profile) => profile.name === 'erp-01')!;
  expect(erp.answers['os-needs']).toBe('linux');
  expect(erp.notes).toContain('CPUs: 8; memory MiB: 32,768');
  // The library shows each workload's group, and its filter finds a group's workloads, to answer them together.
  await page.getByRole('searchbox', { name: 'Filter' }).fill('Prod-B');
  const listed = page.getByRole('table', { name: 'Saved profiles' }).getByRole('row');
  await expect(listed.filter({ hasText: 'web-0' })).toHaveCount(2);
  await expect(listed.filter({ hasText: 'erp-01' })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Filter' }).fill('');

  // Next month's export, its columns in another order: it starts from the saved mapping.
  const [header, ...rows] = cmdbCsv.split('\n').map((line) => line.split(','));
  const reordered = [header!, ...rows].map((cells) => [...cells].reverse().join(',')).join('\n');
  await dragFiles(page.getByRole('main'), [{ name: 'cmdb-next-month.csv', bytes: new TextEncoder().encode(reordered) }]);
  await expect(mapping).toContainText('Using the mapping you saved on');
  await expectCounts(page, 3, 0, 1);
  expect(errors).toEqual([]);
});

test('in the browser mode, the Import… picker takes an inventory too and opens its review', async ({ page }) => {
  const mode = await startBrowserMode({ dataFolder: folder, rendererRoot: resolve('out/renderer') });
  try {
    await page.goto(mode.entryUrl);
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…', exact: true }).click();
    const chooser = await choosing;
    expect(await chooser.element().getAttribute('accept')).toBe('.hostwise,.json,.pdf,.xlsx,.csv');
    await chooser.setFiles({ name: 'cmdb-export.csv', mimeType: 'text/csv', buffer: Buffer.from(cmdbCsv) });
    await expect(review(page).getByRole('alert')).toContainText('no column is mapped to the field "name"');
    await review(page).getByRole('region', { name: 'Column mapping' }).getByLabel('Server name').selectOption('Rechnername');
    await expectCounts(page, 4, 0, 0);
  } finally {
    await mode.stop();
  }
});
