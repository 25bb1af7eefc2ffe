import { afterEach, describe, expect, it, vi } from 'vitest';
import { cliArguments } from '../../../electron/shell/cli-mode';
import type * as FakeElectron from '../shell/fake-electron';
import { captureOutput, type CapturedOutput } from './capture-output';

vi.mock('electron', () => import('../shell/fake-electron'));

describe('cliArguments', () => {
  it.each([
    [['/opt/Hostwise/hostwise', 'evaluate', 'a.hostwise', '--json'], true, ['evaluate', 'a.hostwise', '--json']],
    [['/opt/Hostwise/hostwise', 'validate', 'a.hostwise'], true, ['validate', 'a.hostwise']],
    [['/opt/Hostwise/hostwise', 'catalog'], true, ['catalog']],
    [['/opt/Hostwise/hostwise', '--help'], true, ['--help']],
    [['/opt/Hostwise/hostwise', '--version'], true, ['--version']],
    [['/usr/bin/electron', '.', 'catalog', '--json'], false, ['catalog', '--json']],
  ])('routes %j (packaged: %s) to the command line', (argv, isPackaged, expected) => {
    expect(cliArguments(argv, isPackaged)).toEqual(expected);
  });

  it.each([
    [['/opt/Hostwise/hostwise'], true],
    [['/opt/Hostwise/hostwise', 'team.hostwise'], true],
    [['/opt/Hostwise/hostwise', '--no-sandbox', 'catalog'], true],
    [['/opt/Hostwise/hostwise', 'frobnicate'], true],
    [['/usr/bin/electron', '.'], false],
    // Unpackaged, the second argument is the app folder, never a command.
    [['/usr/bin/electron', 'catalog'], false],
  ])('opens the window for %j (packaged: %s)', (argv, isPackaged) => {
    expect(cliArguments(argv, isPackaged)).toBeNull();
  });
});

describe('the main process started with a command', () => {
  const argv = process.argv;
  let output: CapturedOutput | undefined;

  afterEach(() => {
    output?.restore();
    process.argv = argv;
  });

  /** Loads electron/shell/main.ts afresh, as the packaged app started with these arguments; the fake it ran against. */
  async function start(...args: string[]) {
    vi.resetModules();
    // The mock of `electron` outlives resetModules: ask it for the fake, not a fresh copy of the module.
    const fake = (await import('electron')) as unknown as typeof FakeElectron;
    fake.resetFakes();
    fake.app.isPackaged = true;
    output = captureOutput();
    process.argv = ['/opt/Hostwise/hostwise', ...args];
    await import('../../../electron/shell/main');
    return { fake, output };
  }

  /** Starts the app with a command and waits for its exit code. */
  async function run(...args: string[]) {
    const started = await start(...args);
    await vi.waitFor(() => expect(started.fake.app.exitCode).not.toBeNull());
    return { ...started, code: started.fake.app.exitCode };
  }

  it('answers like the npm CLI, exits 0 and opens no window', async () => {
    const { code, fake, output } = await run('catalog');
    expect(code).toBe(0);
    expect(output.stdout).toContain('Hostwise catalogue');
    expect(fake.BrowserWindow.created).toEqual([]);
    expect(fake.app.calls).not.toContain('requestSingleInstanceLock');
  });

  it('prints the version', async () => {
    const { code, output } = await run('--version');
    expect(code).toBe(0);
    expect(output.stdout).toMatch(/^hostwise \d+\.\d+\.\d+\n$/);
  });

  it('exits 1 on an unreadable profile file', async () => {
    expect((await run('validate', '/nonexistent/team.hostwise')).code).toBe(1);
  });

  it('exits 2 on a usage error', async () => {
    const { code, output } = await run('evaluate', '--samples', 'many');
    expect(code).toBe(2);
    expect(output.stderr).toContain('hostwise evaluate --help');
  });

  it('starts the app, not the command line, when given a profile file', async () => {
    const { fake } = await start('team.hostwise');
    expect(fake.app.calls).toContain('requestSingleInstanceLock');
    expect(fake.app.exitCode).toBeNull();
  });
});
