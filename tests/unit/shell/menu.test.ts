import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuOptions } from '../../../electron/shell/menu';

type Item = MenuItemConstructorOptions;

const flatten = (items: Item[]): Item[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

function menu(overrides: Partial<Pick<MenuOptions, 'isPackaged' | 'isMac'>> = {}) {
  const options = { isPackaged: true, isMac: false, send: vi.fn(), showDataFolder: vi.fn(), ...overrides };
  return { options, items: flatten(menuTemplate(options)) };
}

const roles = (items: Item[]) => items.map((item) => item.role).filter(Boolean);
const developerRoles = ['reload', 'forceReload', 'toggleDevTools'];

describe('the application menu', () => {
  it('offers reload and developer tools only in an unpackaged app', () => {
    const packaged = roles(menu({ isPackaged: true }).items);
    for (const role of developerRoles) expect(packaged).not.toContain(role);
    expect(roles(menu({ isPackaged: false }).items)).toEqual(expect.arrayContaining(developerRoles));
  });

  it('has the File commands with their shortcuts, each handed to the window', () => {
    const { options, items } = menu();
    const file = items.filter((item) => item.accelerator);
    expect(file.map((item) => [item.label, item.accelerator])).toEqual([
      ['New profile', 'CmdOrCtrl+N'],
      ['Import…', 'CmdOrCtrl+O'],
      ['Export…', 'CmdOrCtrl+E'],
      ['Export PDF…', 'CmdOrCtrl+P'],
    ]);
    for (const item of file) (item.click as () => void)();
    expect(options.send.mock.calls.flat()).toEqual(['profile.new', 'profiles.import', 'profiles.export', 'report.exportPdf']);
  });

  it('puts Quit in File on Windows and Linux, in the app menu on macOS', () => {
    expect(roles(menu({ isMac: false }).items)).toContain('quit');
    const mac = menuTemplate({ isPackaged: true, isMac: true, send: vi.fn(), showDataFolder: vi.fn() });
    expect(mac[0]?.role).toBe('appMenu');
    expect(roles(flatten(mac))).not.toContain('quit');
  });

  it('has the usual Edit, View, Window and Help menus', () => {
    const top = menuTemplate(menu().options);
    expect(top.map((item) => item.label ?? item.role)).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'help']);
  });

  it('shows the data folder from Help', () => {
    const { options, items } = menu();
    (items.find((item) => item.label === 'Show data folder')?.click as () => void)();
    expect(options.showDataFolder).toHaveBeenCalledOnce();
  });
});
