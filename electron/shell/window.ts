import { BrowserWindow, type Session, type WebContents, type WebPreferences } from 'electron';
import { openExternalSafely } from './external';
import { isAppUrl } from './urls';

/**
 * The webPreferences of every window, the items of Electron's security checklist. There is no `remote`
 * module to turn off: it left Electron in version 14 and the app does not use `@electron/remote`.
 */
export const hardenedWebPreferences = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  enableWebSQL: false,
  safeDialogs: true,
} as const satisfies WebPreferences);

export interface WindowOptions {
  /** Absolute path of the built preload (`out/preload/preload.cjs`). */
  preload: string;
  /** Developer tools: only when the app is not packaged. */
  devTools: boolean;
  width?: number;
  height?: number;
}

function webPreferencesFor({ preload, devTools }: WindowOptions): WebPreferences {
  return { ...hardenedWebPreferences, preload, devTools };
}

/**
 * Every permission is denied but one: the app's own page may write plain text to the clipboard (the
 * "Copy summary" button). No camera, notifications, clipboard reads or devices.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl || contents.getURL())),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}

/**
 * No navigation away from the loaded page, no new windows, no `<webview>`. A web link the user follows
 * opens in the browser; in-page (hash) navigation is not affected.
 */
function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    void openExternalSafely(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Every window of the app is made here. It starts hidden: the main window shows itself when ready,
 * the printing window never does.
 */
export function createHardenedWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: options.width ?? 1280,
    height: options.height ?? 860,
    show: false,
    title: 'Hostwise',
    webPreferences: webPreferencesFor(options),
  });
  hardenSession(window.webContents.session);
  guardWebContents(window.webContents);
  return window;
}

/** The main window: hardened, shown once its first paint is ready. */
export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = createHardenedWindow(options);
  window.once('ready-to-show', () => window.show());
  return window;
}

/** A hidden window for printing the report: the same hardening, never shown, no developer tools. */
export function createHiddenWindow(preload: string): BrowserWindow {
  return createHardenedWindow({ preload, devTools: false, width: 1024, height: 1400 });
}
