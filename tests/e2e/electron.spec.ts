import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron, expect, test } from '@playwright/test';

/**
 * The Electron binary the `electron` package points to, or why there is none. Read the way the package's
 * index.js reads it, without requiring it: that require downloads the binary when it is missing.
 */
function findElectron(env: NodeJS.ProcessEnv = process.env): { path: string } | { missing: string } {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (!override && relative === null) return { missing: `the electron package has no ${pathFile}, so its binary was never downloaded` };
  const path = override ? join(override, relative ?? 'electron') : join(packageDir, 'dist', relative!);
  return existsSync(path) ? { path } : { missing: `the electron package points to ${path}, which does not exist` };
}

const electron = findElectron();

test.describe('the packaged-style app under Electron', () => {
  test.beforeAll(() => {
    if (!('missing' in electron)) return;
    const reason = `Skipped: no Electron binary on this machine: ${electron.missing}.`;
    // The list reporter prints a test's output, not its skip reason: say it, then skip.
    console.log(reason);
    test.skip(true, reason);
  });

  test('opens the library window over the data folder from HOSTWISE_USER_DATA, then quits', async () => {
    if (!('path' in electron)) throw new Error('unreachable: the suite is skipped without a binary');
    const dataDir = await mkdtemp(join(tmpdir(), 'hostwise-electron-'));
    try {
      const app = await _electron.launch({
        executablePath: electron.path,
        args: [resolve('out/main/main.js')],
        env: { ...process.env, HOSTWISE_USER_DATA: dataDir },
      });
      try {
        const window = await app.firstWindow();
        await expect(window).toHaveTitle('Hostwise');
        expect(window.url()).toMatch(/^app:\/\/hostwise\//);
        await expect(window.getByRole('heading', { name: 'Hostwise' })).toBeVisible();
        await expect(window.getByRole('list', { name: 'Saved profiles' })).toBeAttached();
        expect(await readdir(dataDir)).toContain('profiles.db');
      } finally {
        await app.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
