import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writeTemp } from './support';

const run = promisify(execFile);
const repo = new URL('../../../', import.meta.url).pathname;

/** The real entry under plain Node, as `npm run hostwise` starts it: exit codes reach the shell. */
async function entry(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...argv], { cwd: repo });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the hostwise entry', () => {
  it('exits 0, 1 and 2 as the command says', async () => {
    expect((await entry('validate', 'assets/examples/edge-iot-gateways.hostwise')).code).toBe(0);
    const invalid = await entry('validate', writeTemp('x.hostwise', '{'));
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('invalid-json');
    expect((await entry('frobnicate')).code).toBe(2);
  });
});
