/** The app's version from package.json, set by the build (electron.vite.config.ts). */
declare const __APP_VERSION__: string;
