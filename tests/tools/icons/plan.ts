/** Which icon files `make-icons.ts` writes, from which source, at which sizes: the packaging test reads the same plan. */

/** From the repository root. */
export const iconSources = { app: 'assets/icon.svg', file: 'assets/file-icon.svg' } as const;

/** electron-builder's build resources folder (`directories.buildResources`). */
export const buildResources = 'assets/build';

/** The Linux icon set: one PNG per size, named `NxN.png` as electron-builder requires. */
export const linuxIconSizes = [16, 32, 48, 64, 128, 256, 512, 1024] as const;
export const linuxIconFolder = `${buildResources}/icons`;

/** The app icon electron-builder converts for macOS and Windows: 1024 px. */
export const appIconFile = `${buildResources}/icon.png`;
export const appIconSize = 1024;

/** The `.hostwise` document icon, named without extension in the YAML (electron-builder adds `.icns`/`.ico`). */
export const fileIconBase = 'file-icon';
export const fileIconIcoSizes = [16, 24, 32, 48, 64, 128, 256] as const;

export const linuxIconFile = (size: number) => `${linuxIconFolder}/${size}x${size}.png`;
