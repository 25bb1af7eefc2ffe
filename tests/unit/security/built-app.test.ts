import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/api/channels';
import { captureOutput } from '../packaging/capture-output';
import { preventable } from '../shell/fake-electron';
import { assertFreshBuild, built, readBuilt, runBuiltPreload, startBuiltMain, type Fake } from './built-app';
import { cspProblems, metaPolicy } from './csp-policy';
import { filesUnder, remoteModuleUse, repoRoot } from './source-scan';

vi.mock('electron', () => import('../shell/fake-electron'));

const argv = process.argv;
let fake: Fake;

beforeAll(assertFreshBuild);

afterEach(() => {
  process.argv = argv;
  vi.unstubAllEnvs();
});

/** Electron's security checklist as window options, written out here rather than imported from the shell. */
const checklist = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
};

describe('the built main process, started as an app', () => {
  beforeEach(async () => {
    fake = await startBuiltMain();
    await fake.app.becomeReady();
  });

  const mainWindow = () => {
    const [window] = fake.BrowserWindow.created;
    if (!window) throw new Error('no window was opened');
    return window;
  };

  it('opens one hidden window with the checklist’s preferences and the built sandboxed preload', () => {
    expect(fake.BrowserWindow.created).toHaveLength(1);
    const { options } = mainWindow();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject(checklist);
    expect(options.webPreferences).not.toHaveProperty('enableRemoteModule');
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences?.preload).toBe(join(repoRoot, built.preload));
    expect(existsSync(options.webPreferences!.preload!)).toBe(true);
    expect(fake.app.calls).toContain('enableSandbox');
  });

  it('serves the renderer with the strict CSP as a header, equal to the built page’s meta policy', async () => {
    const serve = fake.protocol.handlers.get('app');
    const response = await serve!(new Request('app://hostwise/index.html'));
    const header = response.headers.get('content-security-policy') ?? '';
    expect(cspProblems(header)).toEqual([]);
    expect(header).toContain("frame-ancestors 'none'");
    const meta = metaPolicy(readBuilt(built.rendererHtml));
    expect(meta && cspProblems(meta)).toEqual([]);
    expect(header.startsWith(`${meta}; `)).toBe(true);
  });

  it('denies navigation, redirects, <webview> and new windows', () => {
    const { webContents } = mainWindow();
    const events = [
      ['will-navigate', preventable({ url: 'https://evil.example/', isMainFrame: true })],
      ['will-navigate', preventable({ url: 'app://hostwise/elsewhere.html', isMainFrame: true })],
      ['will-frame-navigate', preventable({ url: 'https://evil.example/', isMainFrame: false })],
      ['will-redirect', preventable({ url: 'https://evil.example/' })],
      ['will-attach-webview', preventable()],
    ] as const;
    for (const [name, event] of events) webContents.emit(name, event, {}, { src: 'https://evil.example/' });
    expect(events.map(([name, event]) => [name, event.defaultPrevented])).toEqual(events.map(([name]) => [name, true]));
    expect(webContents.windowOpenHandler?.({ url: 'app://hostwise/index.html' })).toEqual({ action: 'deny' });
  });

  it('hands only http(s) links to the OS, through the one helper', () => {
    const open = mainWindow().webContents.windowOpenHandler!;
    const urls = ['https://example.com/', 'http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@example.com/'];
    for (const url of urls) open({ url });
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://example.com/'], ['http://example.com/']]);
  });

  it('denies permission requests and checks, devices included', () => {
    const { webContents } = mainWindow();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid']) {
      const callback = vi.fn();
      fake.session.requestHandler!(...([webContents, permission, callback, { requestingUrl: 'app://hostwise/index.html' }] as never[]));
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(fake.session.checkHandler!(...([webContents, permission, 'app://hostwise'] as never[])), permission).toBe(false);
    }
    expect(fake.session.deviceHandler!(...([{ deviceType: 'usb' }] as never[]))).toBe(false);
  });

  const event = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;

  it('registers exactly the contract’s channels, each refusing senders other than the app’s top frame', async () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
    const strangers = [event('https://evil.example/'), event('app://hostwise/index.html', {}), event('file:///tmp/x.html'), event('app://other/')];
    for (const [channel, handler] of fake.ipcMain.handlers) {
      for (const stranger of strangers) {
        expect(await handler(stranger, undefined), channel).toMatchObject({ ok: false, error: { code: 'ipc-untrusted-sender' } });
      }
    }
    const catalog = fake.ipcMain.handlers.get('catalog.get')!;
    expect(await catalog(event('app://hostwise/index.html'), null)).toMatchObject({ ok: true });
  });
});

describe('the built main process, started as a command', () => {
  it('prints its version and exits 0 without a window', async () => {
    const output = captureOutput();
    try {
      fake = await startBuiltMain(['--version'], true);
      await vi.waitFor(() => expect(fake.app.exitCode).toBe(0));
    } finally {
      output.restore();
    }
    expect(output.stdout).toMatch(/^hostwise \d+\.\d+\.\d+\n$/);
    expect(fake.BrowserWindow.created).toEqual([]);
  });
});

describe('the built preload', () => {
  beforeEach(async () => {
    fake = await runBuiltPreload();
  });

  const bridge = () => fake.contextBridge.exposed.get('hostwise') as Record<string, unknown>;

  it('exposes one object of functions only: never ipcRenderer or anything else', () => {
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['hostwise']);
    expect(Object.keys(bridge()).sort()).toEqual(['invoke', 'onMenuCommand', 'onOpenFiles']);
    for (const [name, value] of Object.entries(bridge())) expect(typeof value, name).toBe('function');
    expect(Object.values(bridge())).not.toContain(fake.ipcRenderer);
  });

  it('gives listeners the message, never the IPC event', () => {
    const onOpenFiles = bridge()['onOpenFiles'] as (listener: (...args: unknown[]) => void) => void;
    const listener = vi.fn();
    onOpenFiles(listener);
    for (const [, deliver] of fake.ipcRenderer.listeners) deliver({ sender: fake.ipcRenderer }, { files: [], refused: [] });
    expect(listener.mock.calls).toEqual([[{ files: [], refused: [] }]]);
  });
});

describe('the built bundles', () => {
  // Entries and the chunks they share (the command line's code is one, used by main.js and cli.js).
  const mainProcess = filesUnder(['out/main', 'out/preload'], /\.c?js$/);
  const count = (pattern: RegExp) => mainProcess.reduce((sum, file) => sum + (readBuilt(file).match(pattern)?.length ?? 0), 0);

  it('have no remote module', () => {
    for (const file of [...mainProcess, ...filesUnder(['out/renderer'], /\.js$/)]) expect(readBuilt(file), file).not.toMatch(remoteModuleUse);
  });

  it('create windows at one place, no views, and call openExternal at one place', () => {
    expect(mainProcess).toContain(built.main);
    // `new BrowserWindow(` or, bundled differently, `new electron.BrowserWindow(`.
    expect(count(/new\s+([\w$]+\.)?(BrowserWindow|BrowserView|WebContentsView)\s*\(/g)).toBe(1);
    expect(count(/\.openExternal\(/g)).toBe(1);
  });
});
