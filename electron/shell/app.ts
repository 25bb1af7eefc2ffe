import { app, dialog, ipcMain, Menu, protocol, shell, type BrowserWindow } from 'electron';
import { readCodedErrorData } from '../../shared/api/errors';
import type { PrinterPort } from '../ports';
import { pushChannels } from './bridge';
import { createDialogs, type ShellDialogs } from './dialogs';
import { registerHandlers, type Handlers } from './ipc';
import { menuTemplate } from './menu';
import { createFileForwarder, fileArguments, filesFromInstanceData, type InstanceData } from './open-files';
import { dataFolderOverride } from '../data-folder';
import { shellPaths } from './paths';
import { createPrinter } from './printer';
import { registerAppScheme, serveRenderer } from './protocol';
import { APP_ENTRY_URL } from './urls';
import { createMainWindow } from './window';

/** What the shell gives the main-process side: the data folder and the Electron implementations of ports. */
export interface ShellPorts {
  dataFolder: string;
  dialogs: ShellDialogs;
  printer: PrinterPort;
}

/** The store and the handlers over it, built once the app is ready; `close` runs before the app quits. */
export interface Backend {
  handlers: Handlers;
  close(): Promise<void>;
}

export type CreateBackend = (ports: ShellPorts) => Promise<Backend>;

const paths = shellPaths(import.meta.dirname);

/** Everything that must happen before `ready`; the data folder first, as the single-instance lock is keyed to it. */
function prepare(): void {
  const dataFolder = dataFolderOverride(process.env);
  if (dataFolder !== null) app.setPath('userData', dataFolder);
  app.enableSandbox();
  registerAppScheme(protocol);
}

function closeBeforeQuit(backend: Backend): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void backend.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}

function installMenu(mainWindow: () => BrowserWindow | null): void {
  const template = menuTemplate({
    isPackaged: app.isPackaged,
    isMac: process.platform === 'darwin',
    send: (command) => mainWindow()?.webContents.send(pushChannels.menu, command),
    showDataFolder: () => void shell.openPath(app.getPath('userData')),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.focus();
}

function failToStart(error: unknown): void {
  const message = error instanceof Error ? error.message : (readCodedErrorData(error)?.message ?? String(error));
  dialog.showErrorBox('Hostwise could not start', message);
  app.exit(1);
}

/**
 * The app's lifecycle: one instance per data folder (a second one hands its files to the first and quits),
 * the renderer served from `app://hostwise`, the handlers registered before the window opens.
 */
export function startApp(createBackend: CreateBackend): void {
  prepare();
  const files = fileArguments(process.argv, app.isPackaged, process.cwd());
  if (!app.requestSingleInstanceLock({ files } satisfies InstanceData)) {
    app.quit();
    return;
  }
  const forwarder = createFileForwarder();
  forwarder.add(files);
  let mainWindow: BrowserWindow | null = null;
  let started = false;

  const openMainWindow = (): BrowserWindow => {
    const window = createMainWindow({ preload: paths.preload, devTools: !app.isPackaged });
    mainWindow = window;
    forwarder.attach(window.webContents);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    void window.loadURL(APP_ENTRY_URL);
    return window;
  };

  const start = async () => {
    serveRenderer(protocol, paths.rendererRoot);
    installMenu(() => mainWindow);
    const backend = await createBackend({
      dataFolder: app.getPath('userData'),
      dialogs: createDialogs(() => mainWindow),
      printer: createPrinter(paths.preload),
    });
    registerHandlers(ipcMain, backend.handlers);
    closeBeforeQuit(backend);
    started = true;
    openMainWindow();
  };

  app.on('second-instance', (_event, _argv, _cwd, data) => {
    forwarder.add(filesFromInstanceData(data));
    if (started) bringToFront(mainWindow ?? openMainWindow());
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    forwarder.add([path]);
  });
  app.on('activate', () => {
    if (started && mainWindow === null) openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(failToStart);
}
