import { expect, test } from './fixtures';
import { collectErrors } from './workspace-helpers';

test('the production build saves a profile through the real handlers and finds it after a reload', async ({ page, host }) => {
  const errors = collectErrors(page);

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Hostwise' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Saved profiles' });
  await expect(page.getByText(/^No saved profiles yet/)).toBeVisible();

  await page.getByRole('button', { name: 'New profile' }).click();
  await expect(page.getByLabel('Workload name')).toHaveValue('Untitled workload');
  expect(host.store.list().map((p) => p.name)).toEqual(['Untitled workload']);

  await page.goto('/');
  await page.reload();
  await expect(table.getByRole('link', { name: 'Untitled workload' })).toBeVisible();
  // Nothing answered: the library keeps no winner for it, as the engine gives none.
  await expect(table.getByRole('row').nth(1)).toContainText('No recommendation');
  expect(errors).toEqual([]);
});
