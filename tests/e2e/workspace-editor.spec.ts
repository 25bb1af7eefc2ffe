import type { Page } from '@playwright/test';
import { catalog, type CriterionId } from '../../shared/catalog';
import type { Evaluation } from '../../shared/engine/types';
import type { Profile } from '../../shared/profile';
import { expect, test } from './fixtures';
import type { Host } from './host/host';
import { checkScreen, collectErrors, decision, optionName, profile, seed, winner } from './workspace-helpers';

const untrusted = { 'code-trust': 'untrusted' };

async function evaluate(host: Host, p: Profile): Promise<Evaluation> {
  const outcome = (await host.handlers.evaluate({ profile: p })) as { ok: true; value: Evaluation };
  return outcome.value;
}

/** A criterion whose weight, pushed to 0 or to the slider's end, changes the winner of `base`. */
async function decisiveSlider(host: Host, base: Profile): Promise<{ criterion: CriterionId; key: 'Home' | 'End'; winner: string }> {
  const before = (await evaluate(host, base)).recommendation.winner;
  for (const { id } of catalog.criteria) {
    for (const [key, value] of [['Home', 0], ['End', 5]] as const) {
      const after = (await evaluate(host, { ...base, weightOverrides: { [id]: value } })).recommendation.winner;
      if (after !== before) return { criterion: id, key, winner: optionName(after) };
    }
  }
  throw new Error('No single weight changes the winner.');
}

const saved = (page: Page) => expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
const criterionName = (id: CriterionId) => catalog.criteria.find((c) => c.id === id)?.name ?? id;

test('answering the questionnaire and moving a weight change the recommendation, which survives a reload', async ({ page, host }) => {
  // axe over the full questionnaire and analysis, in light and dark, takes a while on a loaded machine.
  test.setTimeout(60_000);
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'New profile' }).click();
  const [created] = host.store.list();
  if (!created) throw new Error('New profile was not saved');
  await expect(winner(page)).toHaveText(optionName((await evaluate(host, profile('x'))).recommendation.winner));
  await expect(winner(page)).toHaveText('Container');
  await expect(decision(page)).toContainText('No question answered yet: base weights only');

  await page.getByLabel('Workload name').fill('Tenant sandbox');
  const codeTrust = page.getByRole('group', { name: 'Whose code runs in this workload?' });
  await codeTrust.getByRole('radio', { name: "Customers' or other untrusted code" }).check();
  await expect(codeTrust.getByText('Rules out Container: Untrusted code must not run in a plain container')).toBeVisible();
  const answered = profile('Tenant sandbox', untrusted);
  const answeredWinner = optionName((await evaluate(host, answered)).recommendation.winner);
  await expect(winner(page)).toHaveText(answeredWinner);
  expect(answeredWinner).toBe('Sandboxed container');
  await expect(decision(page)).toContainText(`Recommended${answeredWinner}`);
  await expect(decision(page)).toContainText('Ruled out: Container');
  await expect(decision(page)).not.toContainText('No question answered yet');
  await saved(page);

  // A weight slider: the share, the provenance and the ranking follow.
  const weights = page.getByRole('region', { name: 'Weights' });
  await expect(weights.getByRole('button', { name: 'Isolation and security: base + 1 answer' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Isolation and security' })).toHaveAccessibleDescription(
    /\+2\.5 from “Whose code runs in this workload\?” → Customers' or other untrusted code/,
  );
  const slide = await decisiveSlider(host, answered);
  const slider = page.getByRole('slider', { name: criterionName(slide.criterion) });
  await slider.focus();
  await page.keyboard.press(slide.key);
  await expect(winner(page)).toHaveText(slide.winner);
  await expect(decision(page)).toContainText(`Recommended${slide.winner}`);
  await expect(page.getByRole('button', { name: `Reset ${criterionName(slide.criterion)}` })).toBeEnabled();
  await expect(weights.getByRole('button', { name: `${criterionName(slide.criterion)}: set by hand` })).toBeVisible();
  await page.getByRole('textbox', { name: /Context, assumptions/ }).fill('Tenants upload plug-ins.');
  await saved(page);
  await checkScreen(page, 'profile');

  await page.reload();
  await expect(page.getByLabel('Workload name')).toHaveValue('Tenant sandbox');
  await expect(codeTrust.getByRole('radio', { name: "Customers' or other untrusted code" })).toBeChecked();
  await expect(slider).toHaveValue(slide.key === 'Home' ? '0' : '5');
  await expect(page.getByRole('textbox', { name: /Context, assumptions/ })).toHaveValue('Tenants upload plug-ins.');
  await expect(winner(page)).toHaveText(slide.winner);
  expect(host.store.get(created.id)).toMatchObject({ name: 'Tenant sandbox', answers: untrusted, notes: 'Tenants upload plug-ins.' });

  // Reset all gives the derived weights back.
  await page.getByRole('button', { name: 'Reset all' }).click();
  await expect(winner(page)).toHaveText(answeredWinner);
  // The button disables itself; focus goes to the first slider, not to the page.
  await expect(weights.getByRole('slider').first()).toBeFocused();
  await saved(page);
  expect(errors).toEqual([]);
});

test('restoring a revision brings back the earlier answers and recommendation', async ({ page, host }) => {
  const first = profile('Batch jobs');
  await seed(host, first, { ...first, answers: untrusted });
  await page.goto(`/#/profile/${first.id}`);
  await expect(winner(page)).toHaveText('Sandboxed container');

  const history = page.getByRole('list', { name: 'Earlier versions' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await history.getByRole('button', { name: /^Restore/ }).click();
  await expect(winner(page)).toHaveText('Container');
  await expect(page.getByRole('group', { name: 'Whose code runs in this workload?' }).getByRole('radio', { name: 'Not answered' })).toBeChecked();
  await expect(history.getByRole('listitem')).toHaveCount(2);
  expect(host.store.get(first.id).answers).toEqual({});
});

test('a profile that does not exist shows a readable message, not a blank screen', async ({ page, host: _host }) => {
  await page.goto(`/#/profile/${profile('gone').id}`);
  await expect(page.getByRole('heading', { name: 'This profile could not be opened' })).toBeVisible();
  await expect(page.getByText('This profile is no longer in your saved profiles.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the library' })).toBeVisible();
});
