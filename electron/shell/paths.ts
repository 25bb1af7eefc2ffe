import { join } from 'node:path';

/** Where the build puts the renderer and the preload, seen from the folder of `out/main/main.js`. */
export function shellPaths(mainDir: string): { rendererRoot: string; preload: string } {
  return { rendererRoot: join(mainDir, '../renderer'), preload: join(mainDir, '../preload/preload.cjs') };
}
