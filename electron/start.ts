/**
 * `npm start`: gets Electron's binary through Electron's own installer (it honours ELECTRON_MIRROR,
 * electron_config_cache and the other variables of @electron/get), then starts the desktop app. Where the
 * binary cannot be had, it says so in one paragraph and starts the same app in the local browser.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const electronInstaller = resolve(root, 'node_modules/electron/install.js');
const electronVite = resolve(root, 'node_modules/electron-vite/bin/electron-vite.js');

/** Runs a Node script of the toolchain; its output goes to the terminal unless `quiet`, which keeps stderr. */
function runNode(script: string, args: string[], quiet = false): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['inherit', 'inherit', quiet ? 'pipe' : 'inherit'],
  });
  return { status: result.status, stderr: result.stderr ?? '' };
}

/** The installer's own words for what went wrong: the first line of its error, without the stack. */
function reason(stderr: string): string {
  const line = stderr.split('\n').find((text) => text.trim() !== '' && !text.trim().startsWith('at '));
  return line?.trim() ?? 'the installer stopped without saying why';
}

function explain(why: string): string {
  return [
    `Hostwise could not get Electron's binary (${why}).`,
    'Electron downloads it the first time the app starts, from GitHub or from the mirror in ELECTRON_MIRROR,',
    'and this machine could not fetch it: it is offline, behind a proxy (set HTTPS_PROXY), or a policy blocks',
    'the download. Hostwise starts in your browser instead: the same app over the same saved profiles, served',
    'to this computer only. For the desktop app, run `npm start` again once the download can succeed;',
    '`npm run start:browser` goes straight to the browser.',
  ].join('\n');
}

async function main(): Promise<void> {
  console.log("Checking Electron's binary (downloaded once by Electron's installer)…");
  const installed = runNode(electronInstaller, [], true);
  if (installed.status === 0) {
    process.exitCode = runNode(electronVite, ['preview']).status ?? 1;
    return;
  }
  console.log(`\n${explain(reason(installed.stderr))}\n`);
  const built = runNode(electronVite, ['build']);
  if (built.status !== 0) {
    process.exitCode = built.status ?? 1;
    return;
  }
  await import('./browser/main');
}

void main();
