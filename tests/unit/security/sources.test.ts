import { describe, expect, it } from 'vitest';
import { cspProblems } from './csp-policy';
import { filesContaining, filesUnder, remoteModuleUse } from './source-scan';

const sources = filesUnder(['electron', 'renderer', 'shared'], /\.(ts|tsx)$/);

describe('the sources', () => {
  it('create windows and views and set webPreferences only in the hardened factory', () => {
    expect(filesContaining(sources, /new\s+(BrowserWindow|BrowserView|WebContentsView)\b|webPreferences/)).toEqual(['electron/shell/window.ts']);
  });

  it('import BrowserWindow as a value only in the hardened factory, so no alias can open a window elsewhere', () => {
    const valueImport = /import\s*\{[^}]*(?<!type\s)\bBrowserWindow\b[^}]*\}\s*from\s*['"]electron['"]/;
    expect(filesContaining(sources, valueImport)).toEqual(['electron/shell/window.ts']);
  });

  it('listen to IPC only in the module that checks every sender', () => {
    expect(filesContaining(sources, /ipcMain\.(handle|handleOnce|on|once|addListener)\s*\(/)).toEqual(['electron/shell/ipc.ts']);
  });

  it('call shell.openExternal only in the http(s) helper', () => {
    expect(filesContaining(sources, /openExternal\s*\(/)).toEqual(['electron/shell/external.ts']);
  });

  it('never import the remote module', () => {
    expect(filesContaining(sources, remoteModuleUse)).toEqual([]);
    expect(filesContaining(['package.json'], /"@electron\/remote"/)).toEqual([]);
  });
});

describe('the CSP check', () => {
  it.each([
    ["default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'", "script-src allows 'unsafe-eval'"],
    ["default-src 'none'; style-src 'self' 'unsafe-inline'; object-src 'none'", "style-src allows 'unsafe-inline'"],
    ["default-src 'none'; connect-src https://api.example.com; object-src 'none'", 'connect-src allows https://api.example.com'],
    ["default-src *; object-src 'none'", 'default-src is *'],
    ["script-src 'self'; object-src 'none'", 'default-src is missing'],
    ["default-src 'self'", "object-src is not 'none'"],
  ])('refuses %s', (policy, problem) => {
    expect(cspProblems(policy)).toContain(problem);
  });
});
