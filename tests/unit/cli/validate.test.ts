import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSteps, fileLimits } from '../../../shared/profile-file';
import { readCapped } from '../../../electron/cli/node-io';
import { hostileFolder, hostileManifest } from '../../tools/generated-files';
import { example, hostwise, tempFolder, writeTemp } from './support';

const root = new URL('../../../', import.meta.url);

describe('hostwise validate', () => {
  it('prints "ok" per valid file on stdout and exits 0', async () => {
    const files = ['multi-tenant-saas', 'legacy-windows-erp'].map(example);
    const run = await hostwise('validate', ...files);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    // The examples are catalogue-1 files: each is valid through the migration, which validate names.
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.endsWith(': ok (1 profile)'))).toEqual(files.map((file) => `${file}: ok (1 profile)`));
    for (const file of files) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${file}: profile [0-9a-f-]+ was answered with catalogue 1; questions to revisit: `)));
    }
    // Then what changed in the catalogue, once per file: the sentences of the migration step.
    for (const file of files) {
      expect(lines).toContainEqual(`${file}: ${catalogSteps[0]!.changes[0]}`);
    }
    expect(lines).toHaveLength(files.length * (2 + catalogSteps[0]!.changes.length));
  });

  it('names the code of every hostile file on stderr and exits 1', async () => {
    const manifest = JSON.parse(readFileSync(new URL(hostileManifest, root), 'utf8')) as Record<string, string>;
    const files = readdirSync(new URL(hostileFolder, root)).map((name) => new URL(`${hostileFolder}/${name}`, root).pathname);
    const run = await hostwise('validate', ...files);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(files.length);
    for (const [index, line] of lines.entries()) {
      const name = files[index]!.split('/').at(-1)!;
      expect(line.startsWith(`${files[index]}: ${manifest[name]}`), line).toBe(true);
    }
  });

  it('exits 1 when one file of several is invalid, and still reports the valid ones', async () => {
    const good = example('stateless-web-api');
    const bad = writeTemp('bad.json', '{"format": "hostwise.profiles", "version": 1, "profiles": [1]}');
    const run = await hostwise('validate', good, bad);
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith(`${good}: ok (1 profile)\n${good}: profile `)).toBe(true);
    expect(run.stdout).not.toContain(bad);
    expect(run.stderr).toBe(`${bad}: schema-violation at $.profiles[0]: Invalid value: Invalid input: expected object, received number.\n`);
  });

  it('refuses a file over 5 MB after reading no more than one byte past the cap', async () => {
    const big = writeTemp('big.hostwise', Buffer.alloc(6 * 1024 * 1024, 0x20));
    expect((await readCapped(big, fileLimits.maxBytes + 1)).byteLength).toBe(fileLimits.maxBytes + 1);
    const run = await hostwise('validate', big);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${big}: file-too-large: The file is larger than 5 MB`);
  });

  it('says when a path is a folder', async () => {
    const folder = tempFolder();
    expect((await hostwise('validate', folder)).stderr).toBe(`${folder}: unreadable-file: It is a folder, not a file.\n`);
  });
});
