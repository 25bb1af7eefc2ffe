import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { readCapped } from '../../../electron/cli/node-io';
import type { CliIo } from '../../../electron/cli/io';
import { runCli } from '../../../electron/cli/run';
import { fileLimits } from '../../../shared/profile-file';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line as the entry does, reading real files, capturing what it prints. */
export async function hostwise(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => readCapped(path, fileLimits.maxBytes + 1),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A fresh temp folder, removed after the test. */
export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'hostwise-cli-'));
  folders.push(folder);
  return folder;
}

export function writeTemp(name: string, content: string | Uint8Array): string {
  const path = join(tempFolder(), name);
  writeFileSync(path, content);
  return path;
}

/** A copy of an example profile file in a temp folder. */
export function example(name: string): string {
  const path = join(tempFolder(), `${name}.hostwise`);
  copyFileSync(new URL(`../../../assets/examples/${name}.hostwise`, import.meta.url), path);
  return path;
}

/** A copy of the example rules file in a temp folder. */
export function exampleRulesFile(): string {
  const path = join(tempFolder(), 'acme-platform.hostwise-rules.json');
  copyFileSync(new URL('../../../assets/examples/acme-platform.hostwise-rules.json', import.meta.url), path);
  return path;
}
