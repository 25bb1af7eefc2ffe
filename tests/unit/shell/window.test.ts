import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHardenedWindow,
  createHiddenWindow,
  createMainWindow,
  hardenedWebPreferences,
} from '../../../electron/shell/window';
import { BrowserWindow, preventable, resetFakes, session, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakes);

const preload = '/app/out/preload/preload.cjs';

/** Electron's security checklist, as the window options it asks for. */
const checklist = [
  ['context isolation', 'contextIsolation', true],
  ['process sandbox', 'sandbox', true],
  ['no Node.js in the page', 'nodeIntegration', false],
  ['no Node.js in workers', 'nodeIntegrationInWorker', false],
  ['no Node.js in subframes', 'nodeIntegrationInSubFrames', false],
  ['web security (same-origin policy) on', 'webSecurity', true],
  ['no insecure content on a secure page', 'allowRunningInsecureContent', false],
  ['no <webview>', 'webviewTag', false],
  ['no experimental features', 'experimentalFeatures', false],
  ['dropping a file does not navigate', 'navigateOnDragDrop', false],
  ['no remote module', 'enableRemoteModule', undefined],
  ['no extra Blink features', 'enableBlinkFeatures', undefined],
] as const;

const windows = {
  hardened: () => createHardenedWindow({ preload, devTools: true }),
  main: () => createMainWindow({ preload, devTools: false }),
  printing: () => createHiddenWindow(preload),
};

function lastWindow(): BrowserWindow {
  const window = BrowserWindow.created.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
}

describe.each(Object.entries(windows))('the %s window', (_name, create) => {
  it.each(checklist)('meets the checklist: %s', (_item, key, expected) => {
    create();
    expect(lastWindow().options.webPreferences?.[key as keyof typeof hardenedWebPreferences]).toBe(expected);
  });

  it('uses the hardened preferences and the preload, and starts hidden', () => {
    create();
    const { options } = lastWindow();
    expect(options.webPreferences).toMatchObject({ ...hardenedWebPreferences, preload });
    expect(options.show).toBe(false);
  });

  it('denies new windows and opens only web links outside', () => {
    create();
    const open = lastWindow().webContents.windowOpenHandler!;
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://hostwise/index.html']) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it.each(['app://hostwise/other.html', 'https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'denies navigation to %s',
    (url) => {
      create();
      const event = preventable({ url, isMainFrame: true });
      lastWindow().webContents.emit('will-navigate', event);
      expect(event.defaultPrevented).toBe(true);
    },
  );

  it('opens a followed web link in the browser, never another scheme', () => {
    create();
    const { webContents } = lastWindow();
    webContents.emit('will-navigate', preventable({ url: 'https://example.com/docs' }));
    webContents.emit('will-navigate', preventable({ url: 'file:///etc/passwd' }));
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/docs']]);
  });

  it('denies navigation in subframes, redirects and <webview>', () => {
    create();
    const { webContents } = lastWindow();
    const events = {
      subframe: preventable({ url: 'https://evil.example/', isMainFrame: false }),
      redirect: preventable({ url: 'https://evil.example/' }),
      webview: preventable(),
    };
    webContents.emit('will-frame-navigate', events.subframe);
    webContents.emit('will-redirect', events.redirect);
    webContents.emit('will-attach-webview', events.webview, {}, { src: 'https://evil.example/' });
    expect(Object.values(events).map((event) => event.defaultPrevented)).toEqual([true, true, true]);
  });

  const request = (permission: string, requestingUrl: string) => {
    const callback = vi.fn();
    session.requestHandler!(...([lastWindow().webContents, permission, callback, { requestingUrl }] as never[]));
    return callback.mock.calls[0]?.[0] as boolean;
  };
  const check = (permission: string, origin: string) =>
    session.checkHandler!(...([null, permission, origin, {}] as never[])) as boolean;

  it('denies every permission request and check on the session', () => {
    create();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      expect(request(permission, 'app://hostwise/index.html')).toBe(false);
      expect(check(permission, 'app://hostwise')).toBe(false);
    }
    expect(session.deviceHandler!(...([{ deviceType: 'usb', origin: 'app://hostwise' }] as never[]))).toBe(false);
  });

  it('lets only the app itself write plain text to the clipboard', () => {
    create();
    expect(request('clipboard-sanitized-write', 'app://hostwise/index.html')).toBe(true);
    expect(check('clipboard-sanitized-write', 'app://hostwise')).toBe(true);
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(check('clipboard-sanitized-write', 'app://hostwise.evil')).toBe(false);
  });
});

describe('window variants', () => {
  it('gives developer tools only to the windows that ask for them; never to the printing window', () => {
    windows.hardened();
    windows.printing();
    expect(BrowserWindow.created.map((window) => window.options.webPreferences?.devTools)).toEqual([true, false]);
  });

  it('shows the main window once it is ready to show; the printing window never', () => {
    const main = windows.main() as unknown as BrowserWindow;
    const printing = windows.printing() as unknown as BrowserWindow;
    main.emit('ready-to-show');
    printing.emit('ready-to-show');
    expect([main.shown, printing.shown]).toEqual([true, false]);
  });
});

describe('the electron/ sources', () => {
  const root = join(import.meta.dirname, '../../../electron');
  const sources = (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ file: relative(root, join(root, file)), text: readFileSync(join(root, file), 'utf8') }));
  const filesMatching = (pattern: RegExp) => sources.filter(({ text }) => pattern.test(text)).map(({ file }) => file);

  it('create windows only through the hardened factory', () => {
    expect(filesMatching(/new\s+BrowserWindow\b|webPreferences\s*:/)).toEqual(['shell/window.ts']);
  });

  it('call shell.openExternal only in the http(s)-only helper', () => {
    expect(filesMatching(/\.openExternal\s*\(/)).toEqual(['shell/external.ts']);
  });

  it('never use the remote module', () => {
    expect(filesMatching(/['"]@electron\/remote['"]|enableRemoteModule\s*:/)).toEqual([]);
  });
});
