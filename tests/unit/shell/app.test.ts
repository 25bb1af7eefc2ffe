import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/api/channels';
import type { Channel } from '../../../shared/api/contract';
import { startApp, type Backend, type CreateBackend } from '../../../electron/shell/app';
import { pushChannels } from '../../../electron/shell/bridge';
import { appScheme } from '../../../electron/shell/protocol';
import { APP_ENTRY_URL } from '../../../electron/shell/urls';
import { hardenedWebPreferences } from '../../../electron/shell/window';
import { app, BrowserWindow, dialog, ipcMain, Menu, preventable, protocol, resetFakes } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const argv = process.argv;

function fakeBackend() {
  const handler = async () => ({ ok: true as const, value: null });
  const backend: Backend = {
    handlers: Object.fromEntries(channels.map((channel) => [channel, handler])) as Record<Channel, typeof handler>,
    close: vi.fn(async () => {}),
  };
  const createBackend = vi.fn<CreateBackend>(async () => backend);
  return { backend, createBackend };
}

function mainWindow(): BrowserWindow {
  const window = BrowserWindow.created[0];
  if (!window) throw new Error('no main window');
  return window;
}

beforeEach(() => {
  resetFakes();
  process.argv = ['/usr/bin/electron', '.'];
});

afterEach(() => {
  process.argv = argv;
  vi.unstubAllEnvs();
});

describe('before the app is ready', () => {
  it('uses HOSTWISE_USER_DATA as the data folder before taking the single-instance lock keyed to it', () => {
    vi.stubEnv('HOSTWISE_USER_DATA', '/srv/hostwise-data');
    startApp(fakeBackend().createBackend);
    expect(app.getPath('userData')).toBe('/srv/hostwise-data');
    expect(app.calls).toEqual(['setPath:userData', 'enableSandbox', 'requestSingleInstanceLock']);
  });

  it('sandboxes every renderer and registers the app:// scheme as privileged', () => {
    startApp(fakeBackend().createBackend);
    expect(app.calls).toContain('enableSandbox');
    expect(protocol.privileged).toEqual([appScheme]);
  });

  it('as a second instance, hands its files to the first and quits without opening anything', async () => {
    const { createBackend } = fakeBackend();
    app.lockGranted = false;
    process.argv = ['/usr/bin/electron', '.', 'team.hostwise', '--flag'];
    startApp(createBackend);
    expect(app.lockData).toEqual({ files: [join(process.cwd(), 'team.hostwise')] });
    expect(app.quitCount).toBe(1);
    await app.signalReady();
    expect([createBackend.mock.calls.length, BrowserWindow.created.length, ipcMain.handlers.size]).toEqual([0, 0, 0]);
  });
});

describe('once the app is ready', () => {
  it('serves the renderer, sets the menu, builds the backend in the data folder and registers the handlers before the window opens', async () => {
    const { createBackend } = fakeBackend();
    startApp(createBackend);
    await app.becomeReady();
    expect(protocol.handlers.has('app')).toBe(true);
    expect(Menu.current?.length).toBeGreaterThan(0);
    expect(createBackend).toHaveBeenCalledWith(expect.objectContaining({ dataFolder: '/fake/user-data' }));
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
    expect(mainWindow().handlersAtCreation).toBe(channels.length);
    expect(mainWindow().loaded).toEqual([APP_ENTRY_URL]);
    expect(mainWindow().options.webPreferences).toMatchObject({ ...hardenedWebPreferences, devTools: true });
  });

  it('gives no developer tools in a packaged app', async () => {
    app.isPackaged = true;
    startApp(fakeBackend().createBackend);
    await app.becomeReady();
    expect(mainWindow().options.webPreferences?.devTools).toBe(false);
  });

  it('tells the user and exits when the backend cannot start', async () => {
    startApp(() => Promise.reject(new Error('The store is damaged and no good copy exists.')));
    await app.becomeReady();
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Hostwise could not start', expect.stringContaining('store is damaged'));
    expect(app.exitCode).toBe(1);
    expect(BrowserWindow.created).toEqual([]);
  });

  it('closes the backend before quitting', async () => {
    const { backend, createBackend } = fakeBackend();
    startApp(createBackend);
    await app.becomeReady();
    app.quit();
    await vi.waitFor(() => expect(app.quitCount).toBe(2));
    expect(backend.close).toHaveBeenCalledOnce();
  });

  it('quits when the last window closes, except on macOS', async () => {
    startApp(fakeBackend().createBackend);
    await app.becomeReady();
    app.emit('window-all-closed');
    expect(app.quitCount).toBe(process.platform === 'darwin' ? 0 : 1);
  });
});

describe('files opened with the app', () => {
  const folder = mkdtempSync(join(tmpdir(), 'hostwise-app-'));
  const profile = join(folder, 'team.hostwise');
  writeFileSync(profile, '{"version":1}');

  it('reaches the window once its page has loaded, from the command line', async () => {
    process.argv = ['/usr/bin/electron', '.', profile];
    startApp(fakeBackend().createBackend);
    await app.becomeReady();
    mainWindow().webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(mainWindow().webContents.sent).toHaveLength(1));
    expect(mainWindow().webContents.sent[0]).toEqual([
      pushChannels.openFiles,
      { files: [{ name: 'team.hostwise', base64: Buffer.from('{"version":1}').toString('base64') }], refused: [] },
    ]);
  });

  it('from a second instance, which also brings the window back', async () => {
    startApp(fakeBackend().createBackend);
    await app.becomeReady();
    const window = mainWindow();
    window.webContents.emit('did-finish-load');
    window.minimized = true;
    app.emit('second-instance', preventable(), ['ignored.hostwise'], '/elsewhere', { files: [profile, 'relative.json'] });
    expect([window.minimized, window.focused]).toEqual([false, true]);
    await vi.waitFor(() => expect(window.webContents.sent).toHaveLength(1));
    expect(window.webContents.sent[0]?.[1]).toMatchObject({ files: [{ name: 'team.hostwise' }] });
  });

  it('from macOS Finder', async () => {
    startApp(fakeBackend().createBackend);
    await app.becomeReady();
    const event = preventable();
    app.emit('open-file', event, profile);
    mainWindow().webContents.emit('did-finish-load');
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(mainWindow().webContents.sent).toHaveLength(1));
  });
});

describe('the menu', () => {
  it('hands File commands to the main window', async () => {
    startApp(fakeBackend().createBackend);
    await app.becomeReady();
    const file = Menu.current?.find((item) => item.label === 'File');
    const newProfile = (file?.submenu as { label?: string; click?: () => void }[]).find((item) => item.label === 'New profile');
    newProfile?.click?.();
    expect(mainWindow().webContents.sent).toEqual([[pushChannels.menu, 'profile.new']]);
  });
});
