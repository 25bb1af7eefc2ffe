import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/chromium';

const browser = await findChromium();
// The config is loaded by the runner and again by every worker: the runner alone says which browser runs.
if (process.env['TEST_WORKER_INDEX'] === undefined) console.log(`Browser tests use ${browser.source}: ${browser.path}`);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: browser.path, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
});
