import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { startHost, type Host } from './host/host';
import { serveRendererBuild } from './serve';

interface AppFixtures {
  /** The app's main process for this test, over a fresh data folder. */
  host: Host;
  dataDir: string;
}

interface WorkerFixtures {
  appUrl: string;
}

/** Every e2e test drives the production renderer build against the real handlers. */
export const test = base.extend<AppFixtures, WorkerFixtures>({
  appUrl: [
    async ({}, use) => {
      const server = await serveRendererBuild(resolve('out/renderer'));
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'hostwise-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  host: async ({ context, appUrl, dataDir }, use) => {
    const host = await startHost(context, appUrl, dataDir);
    await use(host);
    await host.close();
  },
  baseURL: async ({ appUrl }, use) => use(appUrl),
});

export { expect } from '@playwright/test';
