import { expect, test } from './fixtures';

test('the production build saves a profile through the real handlers and finds it after a reload', async ({ page, host }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Hostwise' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Saved profiles' }).getByRole('listitem')).toHaveCount(0);

  await page.getByRole('button', { name: 'New profile' }).click();
  await expect(page.getByRole('listitem')).toHaveText(['Untitled workload — container']);
  expect(host.store.list().map((p) => p.name)).toEqual(['Untitled workload']);

  await page.reload();
  await expect(page.getByRole('listitem')).toHaveText(['Untitled workload — container']);
  expect(errors).toEqual([]);
});
