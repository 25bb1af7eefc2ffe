import { join, resolve } from 'node:path';

/** `HOSTWISE_USER_DATA`, made absolute, or null when unset: then Electron's `userData` folder is used. */
export function dataFolderOverride(env: NodeJS.ProcessEnv): string | null {
  const folder = env['HOSTWISE_USER_DATA'];
  return folder ? resolve(folder) : null;
}

/** Where the build puts the renderer and the preload, seen from the folder of `out/main/main.js`. */
export function shellPaths(mainDir: string): { rendererRoot: string; preload: string } {
  return { rendererRoot: join(mainDir, '../renderer'), preload: join(mainDir, '../preload/preload.cjs') };
}
