import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolder, dataFolderOverride, electronUserData } from '../../../electron/data-folder';

describe('the data folder', () => {
  it('is HOSTWISE_USER_DATA, made absolute, when set', () => {
    expect(dataFolderOverride({ HOSTWISE_USER_DATA: '/srv/hostwise' })).toBe('/srv/hostwise');
    expect(dataFolderOverride({ HOSTWISE_USER_DATA: 'data' })).toBe(resolve('data'));
    expect(dataFolder('linux', { HOSTWISE_USER_DATA: '/srv/hostwise', XDG_CONFIG_HOME: '/cfg' })).toBe('/srv/hostwise');
  });

  it("is Electron's userData folder otherwise", () => {
    expect(dataFolderOverride({})).toBeNull();
    expect(dataFolderOverride({ HOSTWISE_USER_DATA: '' })).toBeNull();
    expect(dataFolder('linux', { XDG_CONFIG_HOME: '/cfg' })).toBe(join('/cfg', 'Hostwise'));
  });

  it('is where Electron puts userData on each system, named after the productName', () => {
    const { productName } = JSON.parse(readFileSync('package.json', 'utf8')) as { productName: string };
    expect(electronUserData('linux', {}, '/home/ada')).toBe(join('/home/ada/.config', productName));
    expect(electronUserData('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ada')).toBe(join('/xdg', productName));
    expect(electronUserData('darwin', {}, '/Users/ada')).toBe(join('/Users/ada/Library/Application Support', productName));
    expect(electronUserData('win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'C:\\Users\\ada')).toBe(
      join('C:\\Users\\ada\\AppData\\Roaming', productName),
    );
  });
});
