import type { Page } from '@playwright/test';
import { catalog } from '../../shared/catalog';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { collectErrors, names, optionName, profile, seed, table, toast } from './workspace-helpers';

/** Decisive context answered: the OS alone decides between a container and a virtual machine. */
const context = { 'hosting-environment': 'on-prem-bare-metal', 'existing-platform': 'kubernetes', licensing: 'open', 'scale-churn': 'high-churn', 'code-trust': 'own' };
const db01 = profile('SQL db01', { ...context, 'os-needs': 'linux' });
const db02 = profile('SQL db02', context);
const db03 = profile('SQL db03', { ...context, 'os-needs': 'other-os' });
const web = profile('Web shop', { ...context, 'os-needs': 'linux' });

const osNeeds = catalog.questions.find((question) => question.id === 'os-needs')!;
const otherOs = osNeeds.answers.find((answer) => answer.id === 'other-os')!;

/** The Recommendation cell of the row named `name` (after the selection, name and group cells). */
const recommendation = (page: Page, name: string) => table(page).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) }).locator('td').nth(3);

test('answers one question for the workloads a filter shows, then undoes it in one step', async ({ page, host }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await seed(host, db01, db02, db03, web);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(names(page)).toHaveCount(4);
  await expect(recommendation(page, 'SQL db01')).toHaveText(optionName('container'));
  await expect(recommendation(page, 'SQL db02')).toHaveText('No recommendation');

  // Filter, then select every row the filter shows.
  await page.getByRole('searchbox', { name: 'Filter' }).fill('sql');
  await expect(names(page)).toHaveCount(3);
  await page.getByRole('checkbox', { name: 'Select all profiles' }).check();
  await expect(page.getByText(/profiles shown/)).toHaveText('3 profiles shown, 3 selected');

  // The dialog, by keyboard: the search field has focus; the question is chosen in the select; the answer with the arrows.
  await page.getByRole('button', { name: 'Answer for selected…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Answer for 3 selected workloads' });
  const search = dialog.getByRole('searchbox', { name: 'Find a question' });
  await expect(search).toBeFocused();
  await page.keyboard.type('operating system');
  await page.keyboard.press('Tab');
  const select = dialog.getByRole('combobox', { name: 'Question' });
  await expect(select).toBeFocused();
  await expect(select.locator('option')).toHaveCount(2); // "Choose a question…" and the one that matches
  await select.selectOption({ label: osNeeds.text });
  await page.keyboard.press('Tab');
  const answers = dialog.getByRole('group', { name: osNeeds.text });
  await expect(answers.getByRole('radio').first()).toBeFocused();
  const otherIndex = osNeeds.answers.indexOf(otherOs);
  for (let step = 0; step < otherIndex; step += 1) await page.keyboard.press('ArrowDown');
  await expect(answers.getByRole('radio', { name: otherOs.label })).toBeChecked();
  await expect(dialog.getByText('3 workloads: 2 will change, 1 already has this answer.')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/bulk-dialog.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'light' });

  await page.keyboard.press('Tab'); // out of the radio group
  await page.keyboard.press('Tab'); // Cancel
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  await expect(toast(page, `Answered “${osNeeds.text}” with “${otherOs.label}” for 2 workloads. 1 workload already had this answer.`)).toBeVisible();
  await expect(recommendation(page, 'SQL db01')).toHaveText(optionName('vm'));
  await expect(recommendation(page, 'SQL db02')).toHaveText(optionName('vm'));
  expect(host.store.get(db02.id).answers['os-needs']).toBe('other-os');
  expect(host.store.history(db01.id)).toHaveLength(1);
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/bulk-answered.png' });

  await toast(page, 'Answered').getByRole('button', { name: 'Undo' }).click();
  await expect(toast(page, 'Put back the earlier answer of 2 workloads.')).toBeVisible();
  await expect(recommendation(page, 'SQL db01')).toHaveText(optionName('container'));
  await expect(recommendation(page, 'SQL db02')).toHaveText('No recommendation');
  expect(host.store.get(db02.id).answers['os-needs']).toBeUndefined();
  expect(host.store.history(db01.id)).toHaveLength(2);

  await page.getByRole('searchbox', { name: 'Filter' }).fill('');
  await expect(recommendation(page, 'Web shop')).toHaveText(optionName('container'));
  expect(errors).toEqual([]);
});

test('a bulk answer that confirms an inferred answer makes it a person’s: the editor no longer tags it', async ({ page, host }) => {
  const errors = collectErrors(page);
  const source = "vInfo 'OS according to the VMware Tools'";
  const provenance = { 'os-needs': { answer: 'linux', source, value: 'Red Hat Enterprise Linux 9 (64-bit)' } };
  const imported = profile('srv-db-01', { ...context, 'os-needs': 'linux' }, { notes: 'Imported from RVTools.', provenance });
  await seed(host, imported);
  const os = page.getByRole('group', { name: osNeeds.text });
  await page.goto(`/#/profile/${imported.id}`);
  await expect(os.getByText(`Inferred from ${source}`)).toBeVisible();

  await page.goto('/');
  await page.getByRole('checkbox', { name: 'Select srv-db-01' }).check();
  await page.getByRole('button', { name: 'Answer for selected…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Answer for 1 selected workload' });
  await dialog.getByRole('combobox', { name: 'Question' }).selectOption({ label: osNeeds.text });
  await dialog.getByRole('radio', { name: 'Linux, any current kernel' }).check();
  await expect(dialog).toContainText('1 workload: 1 will change, 0 already have this answer. Of these, 1 already has it as inferred from an inventory');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(toast(page, 'for 1 workload.')).toBeVisible();

  await page.goto(`/#/profile/${imported.id}`);
  await expect(os.getByRole('radio', { name: 'Linux, any current kernel' })).toBeChecked();
  await expect(os.getByText('Inferred from')).toHaveCount(0);
  expect(host.store.get(imported.id).provenance).toBeUndefined();
  expect(errors).toEqual([]);
});
