import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

/** Flags that keep Chromium quiet on a machine with no network beyond loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser a run drives, and where it came from (printed once per run). */
export interface FoundChromium {
  path: string;
  source: string;
}

/** Names a system Chromium goes by on the PATH, and where Debian puts it. */
const systemNames = ['chromium', 'chromium-browser'];
const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The Chromium the browser tests drive, in order: $CHROMIUM_PATH, a system Chromium (on the PATH or at
 * Debian's path), the one `npx playwright install chromium` put in Playwright's cache, else the Chromium
 * inside the `@sparticuz/chromium` dev dependency, unpacked once into `node_modules/.cache`.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<FoundChromium> {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is ${fromEnv}, which does not exist.`);
    return { path: fromEnv, source: '$CHROMIUM_PATH' };
  }
  const system = [...onPath(env, systemNames), ...systemPaths].find(existsSync);
  if (system) return { path: system, source: 'the system Chromium' };
  const playwright = playwrightChromium();
  if (playwright) return { path: playwright, source: 'Playwright’s installed Chromium' };
  return { path: await unpackedSparticuz(), source: 'the Chromium of the @sparticuz/chromium dev dependency' };
}

function onPath(env: NodeJS.ProcessEnv, names: string[]): string[] {
  const dirs = (env['PATH'] ?? '').split(delimiter).filter(Boolean);
  return dirs.flatMap((dir) => names.map((name) => join(dir, name)));
}

function playwrightChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * `@sparticuz/chromium` unpacks its brotli archives into `os.tmpdir()`; pointed at a fresh folder, it
 * unpacks there, and the folder is renamed into place once complete, so a run that stops half-way leaves
 * nothing that looks finished.
 */
async function unpackedSparticuz(): Promise<string> {
  const manifest = readFileSync('node_modules/@sparticuz/chromium/package.json', 'utf8');
  const { version } = JSON.parse(manifest) as { version: string };
  const folder = resolve('node_modules/.cache/hostwise-chromium', version);
  const binary = join(folder, 'chromium');
  if (existsSync(binary)) return binary;
  const partial = `${folder}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  const tmp = process.env['TMPDIR'];
  process.env['TMPDIR'] = partial;
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    await sparticuz.executablePath();
  } finally {
    if (tmp === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = tmp;
  }
  await rename(partial, folder);
  return binary;
}
