import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { icnsTypes, pngSize } from '../../tools/icons/containers';
import { appIconFile, appIconSize, fileIconIcoSizes, linuxIconFile, linuxIconFolder, linuxIconSizes } from '../../tools/icons/plan';
import { parseBuilderConfig, readBuilderConfigText, schemaErrors } from './builder-config';
import { associationIcon, packagingProblems, requiredFuses } from './requirements';

const root = new URL('../../../', import.meta.url);
const yaml = readBuilderConfigText(root);
const config = parseBuilderConfig(yaml) as Record<string, Record<string, unknown>>;
const buildResources = String(config['directories']?.['buildResources']);

/** A copy of the YAML with one edit; fails when the text to replace is not there, so no mutation is a no-op. */
function mutated(from: string, to: string): unknown {
  expect(yaml, `electron-builder.yml contains ${JSON.stringify(from)}`).toContain(from);
  return parseBuilderConfig(yaml.replace(from, to));
}

const read = (path: string) => readFileSync(new URL(path, root));

describe('electron-builder.yml', () => {
  it('is valid against the JSON Schema electron-builder ships', () => {
    expect(schemaErrors(config)).toEqual([]);
  });

  it('meets the packaging requirements: id, name, files, asar, targets, categories, association, fuses', () => {
    expect(packagingProblems(config)).toEqual([]);
  });

  it('sets every fuse the issue lists', () => {
    expect(config['electronFuses']).toMatchObject(requiredFuses);
  });

  it.each([
    ['a misspelled fuse', 'runAsNode: false', 'runAsNod: false'],
    ['an unknown top-level key', 'asar: true', 'asar: true\nasarr: true'],
    ['a wrong type', 'asar: true', 'asar: "yes"'],
    ['an unknown association key', 'role: Editor', 'roles: Editor'],
    ['a misplaced platform key', '  category: Development', '  category: Development\n  dmgTitle: Hostwise'],
  ])('is refused by the schema with %s', (_name, from, to) => {
    expect(schemaErrors(mutated(from, to))).not.toEqual([]);
  });

  it.each([
    ['RunAsNode on', 'runAsNode: false', 'runAsNode: true'],
    ['NODE_OPTIONS allowed', 'enableNodeOptionsEnvironmentVariable: false', 'enableNodeOptionsEnvironmentVariable: true'],
    ['the asar-only fuse missing', '  onlyLoadAppFromAsar: true\n', ''],
    ['file:// privileges granted', 'grantFileProtocolExtraPrivileges: false', 'grantFileProtocolExtraPrivileges: true'],
    ['sources in the asar', '  - out/**\n', '  - out/**\n  - electron/**\n'],
    ['asar off', 'asar: true', 'asar: false'],
    ['a missing deb target', '    - deb\n', ''],
    ['another role', 'role: Editor', 'role: Viewer'],
    ['no MIME type', '    mimeType: application/vnd.hostwise.profiles+json\n', ''],
  ])('fails the requirements with %s, though the schema accepts it', (_name, from, to) => {
    const broken = mutated(from, to);
    expect(schemaErrors(broken)).toEqual([]);
    expect(packagingProblems(broken)).not.toEqual([]);
  });
});

describe('the icons electron-builder packages (made by tests/tools/make-icons.ts)', () => {
  it('come from the build resources folder the YAML names', () => {
    expect(config['linux']?.['icon'], 'linux.icon').toBe(linuxIconFolder.slice(buildResources.length + 1));
    expect(config['icon'], 'icon').toBe(appIconFile.slice(buildResources.length + 1));
  });

  it('has a Linux PNG of each size, named by its size', () => {
    const names = readdirSync(new URL(linuxIconFolder, root)).sort();
    expect(names).toEqual(linuxIconSizes.map((size) => `${size}x${size}.png`).sort());
    for (const size of linuxIconSizes) expect(pngSize(read(linuxIconFile(size)))).toEqual({ width: size, height: size });
  });

  it('has a 1024 px app icon for macOS and Windows', () => {
    expect(pngSize(read(appIconFile))).toEqual({ width: appIconSize, height: appIconSize });
  });

  // electron-builder resolves the association icon against buildResources and adds .ico / .icns itself.
  const fileIcon = (extension: string) => read(`${buildResources}/${associationIcon(config)}.${extension}`);

  it('has the .hostwise document icon as .ico for Windows, one PNG per size', () => {
    const ico = fileIcon('ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
      const entry = 6 + 16 * index;
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      expect(pngSize(png)?.width).toBe(ico.readUInt8(entry) || 256);
      return ico.readUInt8(entry) || 256;
    });
    expect(sizes).toEqual([...fileIconIcoSizes]);
  });

  it('has the .hostwise document icon as .icns for macOS, one PNG per type', () => {
    const icns = fileIcon('icns');
    expect([icns.toString('latin1', 0, 4), icns.readUInt32BE(4)]).toEqual(['icns', icns.length]);
    const found: [string, number | undefined][] = [];
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      const png = icns.subarray(offset + 8, offset + icns.readUInt32BE(offset + 4));
      found.push([icns.toString('latin1', offset, offset + 4), pngSize(png)?.width]);
    }
    expect(found).toEqual(icnsTypes.map(([type, size]) => [type, size]));
  });
});
