import { BrowserWindow } from 'electron';

/** Every window of the app is made here, with the hardening of Electron's security checklist. */
export function createHardenedWindow({ preload }: { preload: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    show: true,
    title: 'Hostwise',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  return window;
}
