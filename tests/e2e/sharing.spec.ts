import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Channel } from '../../shared/api';
import { importLimits } from '../../shared/api/limits';
import type { Profile } from '../../shared/profile';
import { parseProfileFile, serializeProfileFile } from '../../shared/profile-file';
import { expect, test } from './fixtures';
import { readPdf } from './pdf';
import { push, startHost, type Host } from './host/host';
import { activity, checkScreen, collectErrors, dragFiles, names, profile, seed, table, toast } from './workspace-helpers';

const exampleNames = ['multi-tenant-saas', 'stateless-web-api', 'legacy-windows-erp', 'gpu-training-pipeline', 'edge-iot-gateways', 'regulated-payments'];

async function examples(): Promise<Profile[]> {
  return Promise.all(
    exampleNames.map(async (name) => {
      const parsed = parseProfileFile(await readFile(`assets/examples/${name}.hostwise`));
      if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
      return parsed.profiles[0]!;
    }),
  );
}

/** What the user shared: everything but the time the receiving store stamped on its save. */
const content = (p: Profile) => ({ ...p, updatedAt: '' });

/** Every saved profile with its history, to show that something changed nothing. */
const snapshot = (host: Host) => host.store.list().map(({ id }) => ({ profile: host.store.get(id), history: host.store.history(id) }));

/** Holds the handler of `channel` at its `nth` call until the test lets it go, as a slow main process would. */
function hold(host: Host, channel: Channel, nth = 1): { release: () => void } {
  const handle = host.handlers[channel];
  let calls = 0;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  host.handlers[channel] = async (arg) => {
    calls += 1;
    if (calls === nth) await released;
    return handle(arg);
  };
  return { release: () => release() };
}

const fileOf = (name: string, profiles: Profile[]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(serializeProfileFile(profiles)) });

const importSummary = (page: Page) => page.getByRole('dialog', { name: 'Import finished' });

/** Printing (Chromium on the report view) and saving hundreds of profiles take seconds on a loaded machine. */
const slow = { timeout: 30_000 };

const pdfText = async (path: string) => (await readPdf(path)).text();
const pdfPapers = async (path: string) => new Set(await (await readPdf(path)).papers());

let folder = '';
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'hostwise-sharing-'));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

test('profiles exported by one user and imported by another arrive identical, and a second import finds them present', async ({ page, host, browser, appUrl }) => {
  const shared = await examples();
  await seed(host, ...shared);
  await page.goto('/');
  await page.getByRole('checkbox', { name: 'Select all profiles' }).check();
  const file = join(folder, 'team.hostwise');
  host.dialogs.answerSave(file);
  await page.getByRole('button', { name: 'Export…', exact: true }).click();
  await expect(toast(page, `Exported 6 profiles to ${file}.`)).toBeVisible();

  // A colleague with a store of their own imports the file.
  const colleagueDir = join(folder, 'colleague');
  await mkdir(colleagueDir);
  const context = await browser.newContext();
  const colleague = await startHost(context, appUrl, colleagueDir);
  try {
    const theirPage = await context.newPage();
    await theirPage.goto(appUrl);
    colleague.dialogs.answerOpen([file]);
    await theirPage.getByRole('button', { name: 'Import…' }).click();
    await expect(importSummary(theirPage)).toContainText('Added: 6');
    for (const sent of shared) expect(content(colleague.store.get(sent.id))).toEqual(content(host.store.get(sent.id)));

    await importSummary(theirPage).getByRole('button', { name: 'Close' }).click();
    colleague.dialogs.answerOpen([file]);
    await theirPage.getByRole('button', { name: 'Import…' }).click();
    await expect(importSummary(theirPage)).toContainText('Already present: 6');
    await expect(importSummary(theirPage)).toContainText('Added: 0');
  } finally {
    await colleague.close();
    await context.close();
  }
});

test('hostile files dropped on the window are rejected with their messages and change nothing', async ({ page, host }) => {
  const errors = collectErrors(page);
  await seed(host, profile('Payments API', { 'code-trust': 'third-party' }));
  const before = snapshot(host);
  await page.goto('/');
  await expect(names(page)).toHaveCount(1);

  const hostile = ['proto-in-profile.hostwise', 'bracket-bomb.hostwise', 'png-image.hostwise', 'second-profile-unknown-answer.hostwise'];
  const files = await Promise.all(hostile.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(`tests/fixtures/hostile/${name}`)) })));
  const main = page.getByRole('main');
  await dragFiles(main, files, 'dragenter');
  await expect(page.getByText('Drop to import')).toBeVisible();
  await checkScreen(page, 'drop-target');
  await dragFiles(main, [...files, { name: 'notes.txt', bytes: new TextEncoder().encode('hello') }]);
  await expect(page.getByText('Drop to import')).toBeHidden();

  const summary = importSummary(page);
  await expect(summary).toContainText('Rejected files: 5');
  await expect(summary).toContainText('Added: 0');
  for (const { name, bytes } of files) {
    const parsed = parseProfileFile(bytes);
    if (parsed.ok) throw new Error(`${name} parses`);
    await expect(summary).toContainText(`${name}: ${parsed.error.message}`);
  }
  await expect(summary).toContainText('notes.txt: Hostwise imports profile files (.hostwise or .json), its PDF reports (.pdf) and inventories (.xlsx or .csv).');
  expect(snapshot(host)).toEqual(before);
  await summary.getByRole('button', { name: 'Close' }).click();

  // A file too large is refused by its size before anything reads it.
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], 'huge-report.pdf'));
    return transfer;
  }, importLimits.maxBytes + 1);
  for (const type of ['dragenter', 'dragover', 'drop']) await main.dispatchEvent(type, { dataTransfer });
  await expect(summary).toContainText('huge-report.pdf: This file is larger than 50 MB, more than Hostwise imports.');
  expect(snapshot(host)).toEqual(before);
  expect(errors).toEqual([]);
});

test('a good file dropped on any screen is imported in the library', async ({ page, host }) => {
  const errors = collectErrors(page);
  const open = profile('Web shop');
  await seed(host, open);
  await page.goto(`/#/profile/${open.id}`);
  await expect(page.getByLabel('Workload name')).toHaveValue('Web shop');

  const arriving = [profile('Build farm', { 'code-trust': 'untrusted' }), profile('Mainframe bridge', { 'os-needs': 'other-os' })];
  await page.getByRole('main').drop({ files: fileOf('team.hostwise', arriving) });
  await expect(importSummary(page)).toContainText('Added: 2');
  await importSummary(page).getByRole('button', { name: 'Close' }).click();
  await expect(names(page)).toHaveCount(3);
  for (const sent of arriving) expect(content(host.store.get(sent.id))).toEqual(content(sent));
  expect(errors).toEqual([]);
});

test.describe('on A4 paper (en-GB)', () => {
  test.use({ locale: 'en-GB' });

  test('Export PDF on the profile screen prints while the app stays usable, shows the file, and the PDF imports back', async ({ page, host }) => {
    test.setTimeout(60_000);
    const errors = collectErrors(page);
    const [saas] = await examples();
    await seed(host, saas!);
    await page.goto(`/#/profile/${saas!.id}`);
    const exportPdf = page.getByRole('button', { name: 'Export PDF…' });

    const path = join(folder, 'saas.pdf');
    host.dialogs.answerSave(path);
    const printer = hold(host, 'export.pdf');
    await exportPdf.click();
    await expect(activity(page)).toHaveText('Exporting the PDF report…');
    await expect(exportPdf).toBeDisabled();
    // The window stays usable while it prints: another screen, and back; the status stays in view.
    await page.getByRole('link', { name: 'Library' }).click();
    await expect(names(page)).toHaveText([saas!.name]);
    await expect(activity(page)).toHaveText('Exporting the PDF report…');
    // (The library rather than the profile screen: axe over the whole questionnaire takes long.)
    await checkScreen(page, 'pdf-busy');
    await page.goBack();
    await expect(exportPdf).toBeDisabled();
    printer.release();

    await expect(toast(page, `Saved the PDF report to ${path}.`)).toBeVisible(slow);
    await expect(activity(page)).toBeEmpty();
    await expect(exportPdf).toBeEnabled();
    expect(await pdfPapers(path)).toEqual(new Set(['A4']));
    expect(await pdfText(path)).toContain(saas!.name);

    // The PDF carries its profile: dropped on the window, it is the same profile, already present.
    await page.getByRole('main').drop({ files: { name: 'saas.pdf', mimeType: 'application/pdf', buffer: await readFile(path) } });
    await expect(importSummary(page)).toContainText(`Already present: 1${saas!.name}`);
    await importSummary(page).getByRole('button', { name: 'Close' }).click();

    // File › Export PDF… on the profile screen; a coded error from the main process is a readable alert.
    await page.goto(`/#/profile/${saas!.id}`);
    await expect(exportPdf).toBeEnabled();
    await host.store.delete([saas!.id]);
    await push(page, 'menu', 'report.exportPdf');
    await expect(page.getByRole('alert')).toContainText('This profile is no longer in your saved profiles.');
    await expect(exportPdf).toBeEnabled();
    expect(errors).toEqual([]);
  });
});

test.describe('on Letter paper (en-US)', () => {
  test.use({ locale: 'en-US' });

  test('the library prints a portfolio report of the selected profiles, and explains when none is selected', async ({ page, host }) => {
    const [saas, web, erp] = await examples();
    await seed(host, saas!, web!, erp!);
    await page.goto('/');
    const exportPdf = page.getByRole('button', { name: 'Export PDF…' });
    await expect(exportPdf).toBeDisabled();
    await expect(exportPdf).toHaveAccessibleDescription(/Select profiles/);
    await push(page, 'menu', 'report.exportPdf');
    await expect(toast(page, 'Select the profiles for the PDF report first.')).toBeVisible();

    await page.getByRole('checkbox', { name: `Select ${saas!.name}` }).check();
    await page.getByRole('checkbox', { name: `Select ${erp!.name}` }).check();
    const path = join(folder, 'portfolio.pdf');
    host.dialogs.answerSave(path);
    await push(page, 'menu', 'report.exportPdf');
    await expect(toast(page, `Saved the portfolio report of 2 profiles to ${path}.`)).toBeVisible(slow);

    expect(await pdfPapers(path)).toEqual(new Set(['Letter']));
    const text = await pdfText(path);
    expect(text.toUpperCase()).toContain('HOSTWISE PORTFOLIO REPORT');
    expect(text).toContain('2 workloads');
    expect(text).toContain(saas!.name);
    expect(text).toContain(erp!.name);
    expect(text).not.toContain(web!.name);
  });
});

test('an import of hundreds of files shows how far it has got, and the window stays usable', async ({ page, host }) => {
  test.setTimeout(60_000);
  const many = Array.from({ length: 300 }, (_, n) => profile(`Workload ${String(n + 1).padStart(3, '0')}`, n % 2 ? { 'code-trust': 'untrusted' } : {}));
  await seed(host, profile('Payments API'));
  await page.goto('/');
  await expect(names(page)).toHaveText(['Payments API']);

  const reading = hold(host, 'import.preview', 2);
  const saving = hold(host, 'import.apply');
  await page.getByRole('main').drop({ files: many.map((p, n) => fileOf(`workload-${n + 1}.hostwise`, [p])) });
  await expect(activity(page)).toHaveText('Reading 25 of 300 files');
  await expect(activity(page).getByRole('progressbar')).toHaveAttribute('value', '25');
  await expect(page.getByRole('button', { name: 'Import…' })).toBeDisabled();
  await checkScreen(page, 'import-progress');
  reading.release();

  await expect(activity(page)).toHaveText('Importing 300 profiles…');
  // Usable meanwhile: the filter answers while the profiles are saved.
  const filter = page.getByRole('searchbox', { name: 'Filter' });
  await filter.fill('nothing like it');
  await expect(page.getByText('No saved profile matches the filter.')).toBeVisible();
  await filter.fill('');
  await expect(names(page)).toHaveText(['Payments API']);
  saving.release();

  const summary = importSummary(page);
  await expect(summary).toContainText('Added: 300', slow);
  await expect(summary).toContainText('and 288 more');
  await checkScreen(page, 'import-summary-many');
  await expect(activity(page)).toBeEmpty();
  expect(host.store.list()).toHaveLength(301);
  await summary.getByRole('button', { name: 'Close' }).click();
  await expect(table(page)).toHaveAttribute('aria-rowcount', '302');
});
