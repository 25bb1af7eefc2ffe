import { existsSync } from 'node:fs';
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

/**
 * The Chromium the e2e suite drives: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else a browser the
 * user installed with `npx playwright install chromium`. Never downloads one.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env['CHROMIUM_PATH'], '/usr/bin/chromium', safePlaywrightPath()];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
  if (found) return found;
  throw new Error(
    'No Chromium found for the e2e tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      'or set CHROMIUM_PATH to a Chromium/Chrome binary, or run `npx playwright install chromium`.',
  );
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
