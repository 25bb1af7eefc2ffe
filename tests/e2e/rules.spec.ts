import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { catalog } from '../../shared/catalog';
import { describeIdentity, parseRulesFile, type HouseRules } from '../../shared/house-rules';
import type { Profile } from '../../shared/profile';
import { parseProfileFile } from '../../shared/profile-file';
import { hostileRulesFolder, hostileRulesManifest } from '../tools/generated-files';
import { expect, test } from './fixtures';
import type { Host } from './host/host';
import { readPdf } from './pdf';
import { checkScreen, seed } from './workspace-helpers';

const examplePath = resolve('assets/examples/acme-platform.hostwise-rules.json');
const acme = (parseRulesFile(readFileSync(examplePath), catalog) as { ok: true; rules: HouseRules }).rules;
const acmeName = describeIdentity(acme.identity);

function example(name: string): Profile {
  const parsed = parseProfileFile(readFileSync(`assets/examples/${name}.hostwise`));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
  return parsed.profiles[0]!;
}

/** Two of these change under the Acme rules (no recommendation before the data classification); one does not. */
const [erp, edge, saas] = ['legacy-windows-erp', 'edge-iot-gateways', 'multi-tenant-saas'].map(example) as [Profile, Profile, Profile];

const inForce = (page: Page) => page.getByTestId('rules-in-force');
const review = (page: Page) => page.getByRole('region', { name: /under review/ });
const marker = (page: Page) => page.getByTestId('rules-marker');

/** Reads the library as main holds it: the profiles listed and the rules state. */
async function library(host: Host) {
  return { profiles: await host.handlers['profiles.list'](null), rules: await host.handlers['rules.get'](null) };
}

test('the Acme rules: open in the dialog, review entries and preview, accept, see the marker and the PDF, unload', async ({ page, host }) => {
  test.setTimeout(120_000);
  await seed(host, erp, edge, saas);
  await page.goto('/#/rules');
  await expect(inForce(page)).toContainText('No house rules');

  host.dialogs.answerOpen([examplePath]);
  await page.getByRole('button', { name: 'Open rules file…' }).click();
  await expect(review(page)).toContainText(`Review: ${acmeName}`);
  await expect(review(page).getByTestId('rules-entries')).toContainText('no-gvisor');
  await expect(review(page).getByTestId('rules-preview-summary')).toHaveText('2 recommendations of 3 saved profiles would change.');
  const preview = review(page).getByTestId('rules-preview');
  await expect(preview.locator('tbody tr')).toHaveCount(2);
  for (const changed of [erp, edge]) await expect(preview).toContainText(changed.name);
  await expect(preview).not.toContainText(saas.name);
  await expect(preview).toContainText('classify-first');
  await checkScreen(page, 'rules-review');
  // Tall enough for the whole review: the screen scrolls inside the window, and a screenshot stops at its edge.
  await page.setViewportSize({ width: 1440, height: 2000 });
  await review(page).screenshot({ path: 'test-results/screenshots/workspace-rules-review-preview-light.png' });
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.getByRole('button', { name: 'Accept these rules' }).click();
  await expect(inForce(page)).toContainText(`In force: ${acmeName}`);
  await expect(page.getByTestId('rules-restating')).toHaveCount(0);
  await expect(review(page)).toHaveCount(0);
  await inForce(page).screenshot({ path: 'test-results/screenshots/workspace-rules-in-force-light.png' });

  await page.goto(`/#/profile/${erp.id}`);
  await expect(marker(page)).toHaveText(`Under house rules: ${acmeName}`);
  await expect(page.getByRole('region', { name: 'What the house rules changed' })).toContainText('classify-first');
  await expect(page.getByTestId('without-rules')).toHaveText('Without the house rules: Virtual machine.');
  await page.screenshot({ path: 'test-results/screenshots/workspace-rules-marker-light.png' });

  const pdfPath = join(mkdtempSync(join(tmpdir(), 'hostwise-rules-pdf-')), 'erp.pdf');
  host.dialogs.answerSave(pdfPath);
  expect(await host.handlers['export.pdf']({ ids: [erp.id], paper: 'A4' })).toMatchObject({ ok: true });
  const pdf = await readPdf(pdfPath);
  const text = await pdf.text();
  expect(text).toContain(`Under house rules: ${acmeName}`);
  expect(text).toContain('Without the house rules: Virtual machine.');
  expect(text).toContain('Required answer classify-first');
  await pdf.renderPages(join('test-results', 'rules-report-a4'), { dpi: 60, count: 1 });

  await page.goto('/#/rules');
  await page.getByRole('button', { name: 'Unload…' }).click();
  await expect(review(page).getByTestId('rules-preview-summary')).toHaveText('2 recommendations of 3 saved profiles would change.');
  await page.getByRole('button', { name: 'Unload the rules' }).click();
  await expect(inForce(page)).toContainText('No house rules');
  await expect(page.getByRole('button', { name: `Reload ${examplePath}` })).toBeVisible();
  await page.goto(`/#/profile/${erp.id}`);
  await expect(page.getByTestId('winner')).toBeVisible();
  await expect(marker(page)).toHaveCount(0);
});

test('every hostile rules file is refused on screen with its code and place, and the library does not change', async ({ page, host }) => {
  test.setTimeout(120_000);
  const manifest = JSON.parse(readFileSync(hostileRulesManifest, 'utf8')) as Record<string, { code: string; path: string }>;
  const files = readdirSync(hostileRulesFolder).sort();
  expect(files.length).toBeGreaterThanOrEqual(40);
  await seed(host, erp, saas);
  const before = await library(host);
  await page.goto('/#/rules');
  await expect(inForce(page)).toContainText('No house rules');
  for (const file of files) {
    host.dialogs.answerOpen([resolve(hostileRulesFolder, file)]);
    await page.getByRole('button', { name: 'Open rules file…' }).click();
    const problems = page.getByTestId('rules-problems');
    await expect(problems).toContainText(`${file} was refused`);
    const { code, path } = manifest[file]!;
    await expect(problems.locator('li').first()).toContainText(`${code} at ${path}:`);
  }
  await expect(review(page)).toHaveCount(0);
  await expect(inForce(page)).toContainText('No house rules');
  expect(await library(host)).toEqual(before);
});

test('a rules file dropped on the Rules screen is reviewed, not imported; a profile saved under rules not loaded says so', async ({ page, host }) => {
  // A colleague's profile file, saved under the Acme rules, imported into a library without them.
  const shared = { ...saas, houseRules: acme.identity };
  expect(await host.handlers['import.apply']({ items: [{ profile: shared, decision: 'add' }] })).toMatchObject({ ok: true });
  await page.goto('/#/rules');
  const bytes = readFileSync(examplePath).toString('base64');
  const dataTransfer = await page.evaluateHandle((base64) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], 'acme-platform.hostwise-rules.json'));
    return transfer;
  }, bytes);
  const zone = page.getByTestId('rules-drop');
  for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer });
  await expect(review(page)).toContainText(`Review: ${acmeName}`);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(review(page)).toHaveCount(0);
  await expect(inForce(page)).toContainText('No house rules');

  await page.goto(`/#/profile/${saas.id}`);
  await expect(marker(page)).toHaveText(`Saved under house rules ${acmeName} — not loaded in this Hostwise`);

  // Accepted from bytes (a drop here, the file picker in browser mode): the screen does not claim how it came.
  await page.goto('/#/rules');
  for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer });
  await page.getByRole('button', { name: 'Accept these rules' }).click();
  await expect(inForce(page)).toContainText(`In force: ${acmeName}`);
  await expect(inForce(page)).toContainText('Opened or dropped in the window: Hostwise does not know where this file is on disk.');
});

test('with the keyboard alone: the review takes the focus when it opens, the rules in force when it closes', async ({ page, host }) => {
  await seed(host, erp);
  await page.goto('/#/rules');
  await expect(inForce(page)).toContainText('No house rules');
  host.dialogs.answerOpen([examplePath]);
  await page.getByRole('button', { name: 'Open rules file…' }).focus();
  await page.keyboard.press('Enter');
  await expect(review(page).getByRole('heading', { name: `Review: ${acmeName}` })).toBeFocused();
  await expect(review(page).getByRole('button', { name: 'Accept these rules' })).toBeEnabled();
  await page.getByRole('button', { name: 'Accept these rules' }).focus();
  await page.keyboard.press('Enter');
  await expect(inForce(page)).toContainText(`In force: ${acmeName}`);
  await expect(inForce(page)).toBeFocused();
  await page.getByRole('button', { name: 'Unload…' }).focus();
  await page.keyboard.press('Enter');
  await expect(review(page).getByRole('heading', { name: /Unload the house rules/ })).toBeFocused();
  await review(page).getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(inForce(page)).toBeFocused();
});

test('rules accepted elsewhere (another tab) show in an open profile once its window has the focus again', async ({ page, host }) => {
  await seed(host, edge);
  await page.goto(`/#/profile/${edge.id}`);
  await expect(page.getByRole('region', { name: 'Decision', exact: true })).toContainText('Undecided');
  await expect(marker(page)).toHaveCount(0);
  // Accepted as another tab would: through main, this window not told.
  await host.handlers['rules.open']({ source: 'file', name: 'acme.hostwise-rules.json', base64: readFileSync(examplePath).toString('base64') });
  expect(await host.handlers['rules.accept']({ hash: acme.identity.hash })).toMatchObject({ ok: true });
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(marker(page)).toHaveText(`Under house rules: ${acmeName}`);
  await expect(page.getByRole('group', { name: /Which Acme data classification/ })).toBeVisible();
});
