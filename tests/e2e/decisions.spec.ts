import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Profile } from '../../shared/profile';
import { parseProfileFile } from '../../shared/profile-file';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import type { Host } from './host/host';
import { readPdf } from './pdf';
import { collectErrors, names, optionName, seed, table } from './workspace-helpers';

/** The edge gateways example: the engine recommends containers and rules nothing out. */
async function edgeGateways(): Promise<Profile> {
  const parsed = parseProfileFile(await readFile('assets/examples/edge-iot-gateways.hostwise'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.profiles[0]!;
}

const panel = (page: Page) => page.getByRole('region', { name: 'Decision', exact: true });
/** The screen with the Decision panel (or the library's table) scrolled into view. */
async function shot(page: Page, name: string): Promise<void> {
  const shown = name.endsWith('table') ? table(page) : panel(page);
  await shown.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `test-results/screenshots/decision-${name}.png`, fullPage: true });
}
const importSummary = (page: Page) => page.getByRole('dialog', { name: 'Import finished' });

/** Printing (Chromium on the report view) and saving take seconds on a loaded machine. */
const slow = { timeout: 30_000 };

/** Presses Tab until the button named `name` has the focus, as a keyboard user moves through the screen. */
async function tabTo(page: Page, name: string): Promise<void> {
  const target = page.getByRole('button', { name, exact: true });
  for (let presses = 0; presses < 150; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the button ${name}`);
}

async function printPdf(host: Host, id: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'hostwise-decision-')), 'report.pdf');
  host.dialogs.answerSave(path);
  expect(await host.handlers['export.pdf']({ ids: [id], paper: 'A4' })).toMatchObject({ ok: true });
  return (await readPdf(path)).text();
}

test('accepted with the mouse, kept across a reload, then stale after an answer changes: in the editor, the table and the PDF', async ({ page, host }) => {
  const errors = collectErrors(page);
  const profile = await edgeGateways();
  await seed(host, profile);
  await page.goto(`/#/profile/${profile.id}`);

  await expect(panel(page)).toContainText('Undecided');
  await panel(page).getByRole('button', { name: 'Accept recommendation' }).click();
  // The first decision asks once for the name it is signed with; meanwhile the one way on is that form.
  await expect(panel(page).getByRole('button', { name: 'Accept recommendation' })).toHaveCount(0);
  await panel(page).getByLabel('Your name, recorded with every decision you make').fill('Ada Architect');
  await panel(page).getByRole('button', { name: 'Save name and decide' }).click();
  await expect(panel(page)).toContainText(`Accepted: ${optionName('container')}, by Ada Architect on`);
  await expectAccessible(page);
  await shot(page, 'accepted');

  await page.reload();
  await expect(panel(page)).toContainText(`Accepted: ${optionName('container')}, by Ada Architect on`);
  expect(host.store.get(profile.id).decision).toMatchObject({ kind: 'accept', option: 'container', by: 'Ada Architect' });

  await page.getByRole('group', { name: 'How sensitive is it to latency and jitter?' }).getByLabel(/^Low latency matters/).check();
  await expect(panel(page)).toContainText('Stale');
  await expect(panel(page).getByRole('list', { name: 'What changed since the decision' })).toContainText(
    'Answer to “How sensitive is it to latency and jitter?”: Tolerant → Low latency matters',
  );
  await expect(page.getByText('Saved', { exact: true })).toBeVisible(slow);
  await expectAccessible(page);
  await shot(page, 'stale-editor');

  await page.goto('/');
  const row = table(page).getByRole('row', { name: new RegExp(profile.name) });
  await expect(row.getByRole('cell', { name: 'Stale', exact: true })).toBeVisible();
  await page.getByLabel('Decision', { exact: true }).selectOption('decided');
  await expect(names(page)).toHaveCount(0);
  await page.getByLabel('Decision', { exact: true }).selectOption('stale');
  await expect(names(page)).toHaveText([profile.name]);
  await shot(page, 'stale-table');

  const text = await printPdf(host, profile.id);
  // The mark is set in capitals.
  expect(text).toContain('STALE — the decision below no longer matches the workload.');
  expect(text).toContain(`Accepted: ${optionName('container')}, by Ada Architect on`);
  expect(text).toContain('Answer to “How sensitive is it to latency and jitter?”: Tolerant → Low latency matters');
  expect(errors).toEqual([]);
});

test('overridden with the keyboard alone: refused without a justification, then recorded, exported and imported back', async ({ page, host }) => {
  const errors = collectErrors(page);
  const profile = await edgeGateways();
  await seed(host, profile);
  await host.handlers['settings.signer.set']({ name: 'Ada Architect' });
  await page.goto(`/#/profile/${profile.id}`);
  await expect(panel(page)).toContainText('Undecided');

  await tabTo(page, 'Override…');
  await page.keyboard.press('Enter');
  const option = panel(page).getByLabel('Option chosen instead');
  await expect(option).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const chosen = await option.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.text);
  await page.keyboard.press('Tab');
  await expect(panel(page).getByLabel('Justification (required)')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('alert')).toHaveText('An override needs a written justification: say why this option and not the recommendation.');
  await expect(panel(page).getByLabel('Justification (required)')).toHaveAttribute('aria-invalid', 'true');
  expect(host.store.get(profile.id).decision).toBeUndefined();
  await expectAccessible(page);
  await shot(page, 'refused');

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('The site team runs only this platform.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(panel(page)).toContainText(`Overridden: ${chosen} chosen instead of the recommendation, by Ada Architect on`);
  await expect(panel(page).getByLabel('Justification')).toHaveText('The site team runs only this platform.');
  await shot(page, 'overridden');
  const decided = host.store.get(profile.id);
  expect(decided.decision).toMatchObject({ kind: 'override', justification: 'The site team runs only this platform.' });

  // Round trip through a profile file: exported, removed, imported back with its decision.
  await page.goto('/');
  await table(page).getByRole('checkbox', { name: `Select ${profile.name}` }).check();
  const file = join(await mkdtemp(join(tmpdir(), 'hostwise-decision-')), 'edge.hostwise');
  host.dialogs.answerSave(file);
  await page.getByRole('button', { name: 'Export…', exact: true }).click();
  await expect.poll(async () => parseProfileFile(await readFile(file).catch(() => new Uint8Array())).ok, slow).toBe(true);
  const exported = parseProfileFile(await readFile(file));
  expect(exported.ok && exported.profiles[0]!.decision).toEqual(decided.decision);

  await host.handlers['profiles.delete']({ ids: [profile.id] });
  await page.reload();
  await expect(names(page)).toHaveCount(0);
  host.dialogs.answerOpen([file]);
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(importSummary(page)).toContainText('Added: 1', slow);
  await importSummary(page).getByRole('button', { name: 'Close' }).click();
  await expect(table(page).getByRole('row', { name: new RegExp(profile.name) }).getByRole('cell', { name: 'Decided', exact: true })).toBeVisible();
  await page.goto(`/#/profile/${profile.id}`);
  await expect(panel(page)).toContainText(`Overridden: ${chosen} chosen instead of the recommendation, by Ada Architect on`);
  expect(errors).toEqual([]);
});

test('with no recommendation there is nothing to accept: Accept is disabled and says why, Override… stays', async ({ page, host }) => {
  const parsed = parseProfileFile(await readFile('assets/examples/multi-tenant-saas.hostwise'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const profile = parsed.profiles[0]!;
  await seed(host, profile);
  await page.goto(`/#/profile/${profile.id}`);
  await expect(panel(page)).toContainText('Undecided');
  const accept = panel(page).getByRole('button', { name: 'Accept recommendation' });
  await expect(accept).toBeDisabled();
  await expect(accept).toHaveAccessibleDescription('No recommendation to accept yet: answer what it waits for, or override with a justification.');
  await expect(panel(page).getByRole('button', { name: 'Override…' })).toBeEnabled();
});
