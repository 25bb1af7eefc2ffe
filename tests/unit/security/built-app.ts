/**
 * The built app (`npx electron-vite build`) loaded in plain Node against the fake `electron` module, so the
 * security checklist is asserted on what ships, not only on the sources.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileFunction } from 'node:vm';
import { vi } from 'vitest';
import type * as FakeElectron from '../shell/fake-electron';
import { filesUnder, repoRoot } from './source-scan';

export type Fake = typeof FakeElectron;

export const built = {
  main: 'out/main/main.js',
  preload: 'out/preload/preload.cjs',
  rendererHtml: 'out/renderer/index.html',
} as const;

const buildCommand = 'npx electron-vite build';

/** Fails unless the build exists and is newer than every source it is made from: a stale bundle proves nothing. */
export function assertFreshBuild(): void {
  const sources = filesUnder(['electron', 'shared', 'renderer'], /\.(ts|tsx|html|css)$/);
  const newestSource = Math.max(...sources.map((file) => statSync(join(repoRoot, file)).mtimeMs));
  for (const file of Object.values(built)) {
    const path = join(repoRoot, file);
    let builtAt: number;
    try {
      builtAt = statSync(path).mtimeMs;
    } catch {
      throw new Error(`${file} is missing: run "${buildCommand}" before these tests.`);
    }
    if (builtAt < newestSource) throw new Error(`${file} is older than the sources: run "${buildCommand}" again.`);
  }
}

export const readBuilt = (file: string) => readFileSync(join(repoRoot, file), 'utf8');

/** The fake the mocked `electron` resolves to; it outlives `vi.resetModules`. */
async function fakeElectron(): Promise<Fake> {
  return (await import('electron')) as unknown as Fake;
}

/**
 * Runs `out/main/main.js` afresh as Electron would start it with `argv` (after the executable), with its data
 * folder in a new temporary directory. The caller's test file must `vi.mock('electron', …)` the fake.
 */
export async function startBuiltMain(args: readonly string[] = ['.'], isPackaged = false): Promise<Fake> {
  vi.resetModules();
  const fake = await fakeElectron();
  fake.resetFakes();
  fake.app.isPackaged = isPackaged;
  vi.stubEnv('HOSTWISE_USER_DATA', mkdtempSync(join(tmpdir(), 'hostwise-built-')));
  process.argv = ['/opt/Hostwise/hostwise', ...args];
  await import(pathToFileURL(join(repoRoot, built.main)).href);
  return fake;
}

/**
 * Evaluates the sandboxed preload bundle afresh as Electron does (CommonJS), where `require` knows `electron`
 * only: the preload may need nothing else.
 */
export async function runBuiltPreload(): Promise<Fake> {
  const fake = await fakeElectron();
  fake.resetFakes();
  const require = (id: string) => {
    if (id !== 'electron') throw new Error(`the preload requires "${id}"`);
    return fake;
  };
  const module = { exports: {} };
  compileFunction(readBuilt(built.preload), ['require', 'module', 'exports'])(require, module, module.exports);
  return fake;
}
