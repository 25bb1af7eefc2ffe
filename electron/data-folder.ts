import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** `HOSTWISE_USER_DATA`, made absolute, or null when unset: then Electron's `userData` folder is used. */
export function dataFolderOverride(env: NodeJS.ProcessEnv): string | null {
  const folder = env['HOSTWISE_USER_DATA'];
  return folder ? resolve(folder) : null;
}

/** The name Electron gives the app's folder: package.json's `productName`. */
const APP_FOLDER = 'Hostwise';

/**
 * Electron's `userData` folder for this app, worked out as Electron does (its `appData` folder plus the
 * app's name), so the browser mode opens the same store as the desktop app without Electron.
 */
export function electronUserData(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home = homedir()): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), APP_FOLDER);
}

/** The data folder of the app: the override, else Electron's `userData`. */
export function dataFolder(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  return dataFolderOverride(env) ?? electronUserData(platform, env);
}
