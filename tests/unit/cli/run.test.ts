import { describe, expect, it } from 'vitest';
import { hostwise } from './support';

describe('hostwise argument routing', () => {
  it('prints the commands on --help and exits 0', async () => {
    const run = await hostwise('--help');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    for (const command of ['evaluate', 'validate', 'check', 'diff', 'report', 'rules', 'catalog']) expect(run.stdout).toContain(`  ${command}`);
  });

  it.each(['evaluate', 'validate', 'check', 'diff', 'report', 'rules', 'catalog'])('has --help and -h for %s', async (command) => {
    for (const flag of ['--help', '-h']) {
      const run = await hostwise(command, flag);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toContain(`Usage: hostwise ${command}`);
    }
  });

  it('documents evaluate’s options in its help', async () => {
    const { stdout } = await hostwise('evaluate', '--help');
    for (const option of ['--rules RULES', '--json', '--samples N', '--seed S']) expect(stdout).toContain(option);
  });

  it('documents both rules commands, on the rules command’s help and after either of them', async () => {
    for (const argv of [['rules', '--help'], ['rules', 'validate', '--help'], ['rules', 'diff', '-h']]) {
      const { stdout } = await hostwise(...argv);
      expect(stdout).toContain('Usage: hostwise rules validate FILE…\n       hostwise rules diff OLD NEW [PROFILES…] [--json]');
    }
  });

  it('exits 2 with a hint on stderr without a command or with an unknown one', async () => {
    expect(await hostwise()).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('hostwise --help') });
    expect(await hostwise('evaluat')).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command "evaluat"') });
  });

  it.each([
    [['evaluate'], 'needs at least one FILE'],
    [['check'], 'needs at least one FILE'],
    [['report'], 'needs at least one FILE'],
    [['check', '--json', 'x.hostwise'], '--json'],
    [['validate'], 'needs at least one FILE'],
    [['catalog', 'extra'], 'takes no FILE'],
    [['rules'], 'rules needs validate or diff'],
    [['rules', 'check', 'x.hostwise-rules.json'], 'Unknown rules command "check"'],
    [['rules', 'validate'], 'needs at least one FILE'],
    [['rules', 'validate', '--json', 'x.hostwise-rules.json'], '--json'],
    [['rules', 'diff', 'old.hostwise-rules.json'], 'needs an OLD and a NEW rules file'],
    [['evaluate', '--rules'], '--rules'],
    [['evaluate', '--frobnicate', 'x.hostwise'], '--frobnicate'],
    [['evaluate', '--samples', 'many', 'x.hostwise'], '--samples takes a whole number'],
    [['evaluate', '--samples', '-1', 'x.hostwise'], '--samples'],
    [['evaluate', '--samples', '100001', 'x.hostwise'], 'from 0 to 100000'],
    [['evaluate', '--seed', '4294967296', 'x.hostwise'], '--seed'],
    [['evaluate', '--seed', '1.5', 'x.hostwise'], '--seed'],
  ])('exits 2 for %j, explaining on stderr', async (argv, explanation) => {
    const run = await hostwise(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(explanation);
    expect(run.stderr).toContain(`hostwise ${argv[0]} --help`);
  });

  it('treats --help after -- as a file name', async () => {
    const run = await hostwise('validate', '--', '--help');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--help: unreadable-file');
  });
});
