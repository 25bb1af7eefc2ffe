/**
 * A fake of the `electron` module for plain Node: it records what the shell asks of Electron (window
 * options, web-contents listeners, session handlers, IPC registrations, protocol handlers, the bridge)
 * so tests can assert on it. Use with `vi.mock('electron', () => import('./fake-electron'))`; call
 * `resetFakes()` before each test.
 */
import { EventEmitter } from 'node:events';
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  IpcMainInvokeEvent,
  MenuItemConstructorOptions,
} from 'electron';
import { vi } from 'vitest';

type Handler = (...args: never[]) => unknown;

/** An event whose `preventDefault` is recorded, with extra fields such as `url` or `isMainFrame`. */
export function preventable<T extends object>(fields: T = {} as T): T & { preventDefault(): void; defaultPrevented: boolean } {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export const session = {
  requestHandler: null as Handler | null,
  checkHandler: null as Handler | null,
  deviceHandler: null as Handler | null,
  setPermissionRequestHandler(handler: Handler) {
    session.requestHandler = handler;
  },
  setPermissionCheckHandler(handler: Handler) {
    session.checkHandler = handler;
  },
  setDevicePermissionHandler(handler: Handler) {
    session.deviceHandler = handler;
  },
};

export class FakeWebContents extends EventEmitter {
  readonly session = session;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: [string, unknown][] = [];
  destroyed = false;
  executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => 'ready');
  printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 fake'));

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, message: unknown) {
    this.sent.push([channel, message]);
  }
  isDestroyed() {
    return this.destroyed;
  }
}

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  shown = false;
  focused = false;
  minimized = false;
  destroyed = false;
  /** How many IPC handlers existed when this window was made: the page must never find one missing. */
  readonly handlersAtCreation = ipcMain.handlers.size;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    BrowserWindow.created.push(this);
  }
  async loadURL(url: string) {
    this.loaded.push(url);
  }
  show() {
    this.shown = true;
  }
  focus() {
    this.focused = true;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  destroy() {
    this.destroyed = true;
    this.webContents.destroyed = true;
  }
}

export const ipcMain = {
  handlers: new Map<string, (event: IpcMainInvokeEvent, arg: unknown) => unknown>(),
  handle(channel: string, handler: (event: IpcMainInvokeEvent, arg: unknown) => unknown) {
    // Electron throws on a second handler for one channel.
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  },
};

export const ipcRenderer = {
  invoke: vi.fn(async (channel: string, arg: unknown): Promise<unknown> => ({ ok: true, value: { channel, arg } })),
  listeners: new Map<string, (event: unknown, message: unknown) => void>(),
  on(channel: string, listener: (event: unknown, message: unknown) => void) {
    ipcRenderer.listeners.set(channel, listener);
    return ipcRenderer;
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown) {
    contextBridge.exposed.set(key, api);
  },
};

export const protocol = {
  privileged: [] as CustomScheme[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: CustomScheme[]) {
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    protocol.handlers.set(scheme, handler);
  },
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  openPath: vi.fn(async (_path: string) => ''),
};

export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1, checkboxChecked: false })),
  showErrorBox: vi.fn(),
};

export const Menu = {
  current: null as MenuItemConstructorOptions[] | null,
  buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
  setApplicationMenu(menu: MenuItemConstructorOptions[]) {
    Menu.current = menu;
  },
};

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  /** The order of the calls that must happen in order (setPath before the lock, and so on). */
  calls: string[] = [];
  paths = new Map<string, string>([
    ['userData', '/fake/user-data'],
    ['documents', '/fake/documents'],
  ]);
  lockGranted = true;
  lockData: unknown = undefined;
  exitCode: number | null = null;
  quitCount = 0;
  private ready = deferred();

  setPath(name: string, path: string) {
    this.calls.push(`setPath:${name}`);
    this.paths.set(name, path);
  }
  getPath(name: string) {
    return this.paths.get(name) ?? `/fake/${name}`;
  }
  enableSandbox() {
    this.calls.push('enableSandbox');
  }
  requestSingleInstanceLock(data?: unknown) {
    this.calls.push('requestSingleInstanceLock');
    this.lockData = data;
    return this.lockGranted;
  }
  quit() {
    this.quitCount += 1;
    const event = preventable();
    this.emit('will-quit', event);
  }
  exit(code: number) {
    this.exitCode = code;
  }
  whenReady() {
    return this.ready.promise;
  }
  /** Makes the app ready and lets pending start-up work run. */
  async signalReady() {
    this.ready.resolve();
    await new Promise((done) => setImmediate(done));
  }
  /** Makes the app ready and waits until the shell's start-up has opened a window or given up. */
  async becomeReady() {
    await this.signalReady();
    await vi.waitFor(() => {
      if (BrowserWindow.created.length === 0 && this.exitCode === null) throw new Error('not started yet');
    });
  }
  reset() {
    this.removeAllListeners();
    Object.assign(this, { isPackaged: false, calls: [], lockGranted: true, lockData: undefined, exitCode: null, quitCount: 0 });
    this.paths.set('userData', '/fake/user-data');
    this.ready = deferred();
  }
}

export const app = new FakeApp();

export function resetFakes(): void {
  app.reset();
  BrowserWindow.created = [];
  Object.assign(session, { requestHandler: null, checkHandler: null, deviceHandler: null });
  ipcMain.handlers.clear();
  ipcRenderer.listeners.clear();
  contextBridge.exposed.clear();
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  Menu.current = null;
  vi.resetAllMocks();
}
