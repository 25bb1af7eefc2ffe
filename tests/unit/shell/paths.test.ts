import { describe, expect, it } from 'vitest';
import { shellPaths } from '../../../electron/shell/paths';

describe('the built layout', () => {
  it('puts the renderer and the CommonJS preload beside out/main', () => {
    expect(shellPaths('/app/out/main')).toEqual({
      rendererRoot: '/app/out/renderer',
      preload: '/app/out/preload/preload.cjs',
    });
  });
});
