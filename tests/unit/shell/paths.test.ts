import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolderOverride, shellPaths } from '../../../electron/shell/paths';

describe('the data folder', () => {
  it('is HOSTWISE_USER_DATA, made absolute, when set', () => {
    expect(dataFolderOverride({ HOSTWISE_USER_DATA: '/srv/hostwise' })).toBe('/srv/hostwise');
    expect(dataFolderOverride({ HOSTWISE_USER_DATA: 'data' })).toBe(resolve('data'));
  });

  it("is Electron's userData folder otherwise", () => {
    expect(dataFolderOverride({})).toBeNull();
    expect(dataFolderOverride({ HOSTWISE_USER_DATA: '' })).toBeNull();
  });
});

describe('the built layout', () => {
  it('puts the renderer and the CommonJS preload beside out/main', () => {
    expect(shellPaths('/app/out/main')).toEqual({
      rendererRoot: '/app/out/renderer',
      preload: '/app/out/preload/preload.cjs',
    });
  });
});
