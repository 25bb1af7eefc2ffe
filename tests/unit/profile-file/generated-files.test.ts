import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles, hostileFolder, regenerateCommand } from '../../tools/generated-files';

const root = new URL('../../../', import.meta.url);
const bytesOf = (content: string | Uint8Array) => Buffer.from(typeof content === 'string' ? new TextEncoder().encode(content) : content);

describe('committed generated files', () => {
  it.each(generatedFiles().map((file) => [file.path, file] as const))(`%s is up to date (else run: ${regenerateCommand})`, (_, file) => {
    const committed = readFileSync(new URL(file.path, root));
    expect(committed.equals(bytesOf(file.content)), `${file.path} is stale: run ${regenerateCommand}`).toBe(true);
  });

  it('has no hostile file that is not generated', () => {
    const expected = generatedFiles()
      .filter((file) => file.path.startsWith(`${hostileFolder}/`))
      .map((file) => file.path.slice(hostileFolder.length + 1))
      .sort();
    expect(readdirSync(new URL(hostileFolder, root)).sort()).toEqual(expected);
  });
});
