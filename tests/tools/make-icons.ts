import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from '../e2e/chromium';
import { encodeIcns, encodeIco, icnsTypes } from './icons/containers';
import {
  appIconFile,
  appIconSize,
  buildResources,
  fileIconBase,
  fileIconIcoSizes,
  iconSources,
  linuxIconFile,
  linuxIconSizes,
} from './icons/plan';

// Rasterizes assets/*.svg into the icons electron-builder packages: node --import tsx tests/tools/make-icons.ts
const root = resolve(import.meta.dirname, '../..');

/** Each size is rendered from the vector source, never scaled down from a larger raster. */
async function rasterize(page: Page, source: string, size: number): Promise<Uint8Array> {
  await page.setViewportSize({ width: size, height: size });
  await page.goto(pathToFileURL(resolve(root, source)).href);
  return page.screenshot({ type: 'png', omitBackground: true });
}

function write(path: string, content: Uint8Array): void {
  const file = resolve(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log(`wrote ${path}`);
}

/** The source rendered at every size; the function it returns throws for a size that was not rendered. */
async function pngs(page: Page, source: string, sizes: readonly number[]): Promise<(size: number) => Uint8Array> {
  const images = new Map<number, Uint8Array>();
  for (const size of sizes) images.set(size, await rasterize(page, source, size));
  return (size) => {
    const image = images.get(size);
    if (!image) throw new Error(`${source} was not rendered at ${size} px`);
    return image;
  };
}

const browser = await chromium.launch({ executablePath: (await findChromium()).path, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const app = await pngs(page, iconSources.app, [...linuxIconSizes, appIconSize]);
  for (const size of linuxIconSizes) write(linuxIconFile(size), app(size));
  write(appIconFile, app(appIconSize));

  const fileIcon = await pngs(page, iconSources.file, [...new Set([...fileIconIcoSizes, ...icnsTypes.map(([, size]) => size)])]);
  write(`${buildResources}/${fileIconBase}.ico`, encodeIco(fileIconIcoSizes.map((size) => ({ size, png: fileIcon(size) }))));
  write(`${buildResources}/${fileIconBase}.icns`, encodeIcns(fileIcon));
} finally {
  await browser.close();
}
