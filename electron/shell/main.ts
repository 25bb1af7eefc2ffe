import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { createHardenedWindow } from './window';

function openMainWindow(): BrowserWindow {
  const window = createHardenedWindow({ preload: join(import.meta.dirname, '../preload/preload.cjs') });
  void window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
  return window;
}

void app.whenReady().then(() => {
  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
