import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from '../../electron/browser/mode';
import { openStore } from '../../electron/store';
import { parseProfileFile } from '../../shared/profile-file';
import { readPdf } from './pdf';
import { collectErrors } from './workspace-helpers';

/** The browser mode as `npm run start:browser` runs it: the real server over HTTP, a real store. */
let dataFolder = '';
let mode: BrowserMode;

test.beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'hostwise-browser-mode-'));
  mode = await startBrowserMode({ dataFolder, rendererRoot: resolve('out/renderer') });
});

test.afterEach(async () => {
  await mode.stop();
  await rm(dataFolder, { recursive: true, force: true });
});

test.use({ locale: 'en-GB' });

test('over HTTP: a profile edited, saved, exported as a download, imported back as an upload, and printed', async ({ page, context }) => {
  test.setTimeout(60_000);
  const errors = collectErrors(page);
  await page.goto(mode.entryUrl);
  // The token leaves the address at once; the HttpOnly cookie carries it from then on.
  expect(new URL(page.url()).search).toBe('');
  expect((await context.cookies()).map((c) => [c.httpOnly, c.sameSite])).toEqual([[true, 'Strict']]);

  await page.getByRole('button', { name: 'New profile' }).click();
  await page.getByLabel('Workload name').fill('Payments API');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('checkbox', { name: 'Select all profiles' }).check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export…', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Payments API.hostwise');
  const exported = parseProfileFile(await readFile(await download.path()));
  expect(exported.ok && exported.profiles.map((p) => p.name)).toEqual(['Payments API']);

  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await choosing).setFiles(await download.path());
  const summary = page.getByRole('dialog', { name: 'Import finished' });
  await expect(summary).toContainText('Already present: 1');
  await summary.getByRole('button', { name: 'Close' }).click();

  // Export PDF opens the report in a tab that asks the browser to print it, on the paper of the region.
  await context.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  const opening = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const report = await opening;
  await expect(report.locator('html')).toHaveAttribute('data-printed', 'yes');
  await expect(report.locator('html')).toHaveAttribute('data-report', 'ready');
  await expect(report.getByText('Payments API').first()).toBeVisible();
  // The browser's Save as PDF takes the paper from the print CSS, as page.pdf does with preferCSSPageSize.
  const path = join(dataFolder, 'printed.pdf');
  await writeFile(path, await report.pdf({ preferCSSPageSize: true }));
  expect(new Set(await (await readPdf(path)).papers())).toEqual(new Set(['A4']));
  expect(errors).toEqual([]);

  // Stopped, the store holds the profile: nothing lost.
  await mode.stop();
  const { store } = await openStore({ dir: dataFolder });
  expect(store.list().map((p) => p.name)).toEqual(['Payments API']);
  await store.close();
  mode = await startBrowserMode({ dataFolder, rendererRoot: resolve('out/renderer') });
});
