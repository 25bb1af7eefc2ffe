import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles, hostileFolders, regenerateCommand } from '../../tools/generated-files';

const root = new URL('../../../', import.meta.url);
const bytesOf = (content: string | Uint8Array) => Buffer.from(typeof content === 'string' ? new TextEncoder().encode(content) : content);

describe('committed generated files', () => {
  it.each(generatedFiles().map((file) => [file.path, file] as const))(`%s is up to date (else run: ${regenerateCommand})`, (_, file) => {
    const committed = readFileSync(new URL(file.path, root));
    expect(committed.equals(bytesOf(file.content)), `${file.path} is stale: run ${regenerateCommand}`).toBe(true);
  });

  it.each(hostileFolders)('has no file in %s that is not generated', (folder) => {
    const expected = generatedFiles()
      .filter((file) => file.path.startsWith(`${folder}/`))
      .map((file) => file.path.slice(folder.length + 1))
      .sort();
    expect(readdirSync(new URL(folder, root)).sort()).toEqual(expected);
  });
});
