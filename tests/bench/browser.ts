import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/chromium';
import { startHost, type Host } from '../e2e/host/host';
import { serveRendererBuild } from '../e2e/serve';

export interface BenchApp {
  context: BrowserContext;
  host: Host;
  appUrl: string;
}

/** The production renderer build the browser benchmarks load. */
export const rendererBuild = resolve('out/renderer');

/** Fails with what to do when there is no renderer build to measure. */
export async function requireRendererBuild(): Promise<void> {
  try {
    await access(join(rendererBuild, 'index.html'));
  } catch {
    throw new Error(`No renderer build in ${rendererBuild}: run \`npm run build\` first.`);
  }
}

/**
 * The app as the e2e tests see it, for benchmarks: the production renderer build in Chromium over the real
 * handlers and a fresh store. Needs `npm run build` first.
 */
export async function withBenchApp(run: (app: BenchApp) => Promise<void>): Promise<void> {
  await requireRendererBuild();
  const server = await serveRendererBuild(rendererBuild);
  const browser: Browser = await chromium.launch({ executablePath: (await findChromium()).path, args: chromiumArgs });
  const dataDir = await mkdtemp(join(tmpdir(), 'hostwise-bench-'));
  try {
    const context = await browser.newContext({ baseURL: server.url });
    const host = await startHost(context, server.url, dataDir);
    try {
      await run({ context, host, appUrl: server.url });
    } finally {
      await host.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
