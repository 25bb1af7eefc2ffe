import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './bridge';

export interface MenuOptions {
  isPackaged: boolean;
  isMac: boolean;
  /** Hands a File command to the window, which knows what is selected. */
  send(command: MenuCommand): void;
  showDataFolder(): void;
}

type Item = MenuItemConstructorOptions;

const separator: Item = { type: 'separator' };

/** The application menu. Reload and developer tools only in an unpackaged app; Quit where each OS expects it. */
export function menuTemplate({ isPackaged, isMac, send, showDataFolder }: MenuOptions): Item[] {
  const command = (label: string, accelerator: string, name: MenuCommand): Item => ({
    label,
    accelerator,
    click: () => send(name),
  });
  const file: Item[] = [
    command('New profile', 'CmdOrCtrl+N', 'profile.new'),
    separator,
    command('Import…', 'CmdOrCtrl+O', 'profiles.import'),
    command('Export…', 'CmdOrCtrl+E', 'profiles.export'),
    command('Export PDF…', 'CmdOrCtrl+P', 'report.exportPdf'),
    ...(isMac ? [] : [separator, { role: 'quit' } satisfies Item]),
  ];
  const development: Item[] = [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  const view: Item[] = [
    ...(isPackaged ? [] : development),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    separator,
    { role: 'togglefullscreen' },
  ];
  const help: Item[] = [
    { label: 'Show data folder', click: showDataFolder },
    ...(isMac ? [] : [separator, { role: 'about' } satisfies Item]),
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies Item] : []),
    { label: 'File', submenu: file },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: help },
  ];
}
