import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveRendererBuild } from './serve';

test('the production renderer build loads in Chromium with its CSP and no errors', async ({ page }) => {
  const server = await serveRendererBuild(resolve('out/renderer'));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Hostwise' })).toBeVisible();
    await expect(page.getByText('Virtual machine, Container, Containers on VMs, Sandboxed container')).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await server.close();
  }
});
