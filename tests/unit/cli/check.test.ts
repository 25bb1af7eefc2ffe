import { describe, expect, it } from 'vitest';
import { acceptedExample, overriddenExample } from './decided';
import { example, exampleRulesFile, hostwise, writeTemp } from './support';

describe('hostwise check', () => {
  it('exits 0 when every decision is current', async () => {
    const files = [acceptedExample('edge-iot-gateways'), overriddenExample('regulated-payments', 'vm', 'The auditors require VMs.')];
    expect(await hostwise('check', ...files)).toEqual({ code: 0, stdout: '2 profiles: 2 current, 0 stale, 0 undecided\n', stderr: '' });
  });

  it('exits 3 once an answer changed after accepting, with a line saying what changed', async () => {
    const file = acceptedExample('edge-iot-gateways', (profile) => ({ ...profile, answers: { ...profile.answers, 'code-trust': 'untrusted' } }));
    const run = await hostwise('check', file);
    expect(run.code).toBe(3);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `${file}: IoT gateway software for 4,000 retail stores (5b052b13-8322-4eef-b5c6-31230fb3efb5): stale (Containers on bare metal): ` +
        "Answer to “Whose code runs in this workload?”: Our own reviewed code → Customers' or other untrusted code (CI jobs, plugins, functions).",
    );
    // The accepted recommendation is no longer what untrusted code gets.
    expect(lines[1]).toContain(': stale (Containers on bare metal): The accepted recommendation was Containers on bare metal; ');
    expect(lines.at(-1)).toBe('1 profile: 0 current, 1 stale, 0 undecided');
  });

  it('exits 3 for an undecided profile, unless --allow-undecided', async () => {
    const file = example('edge-iot-gateways');
    const run = await hostwise('check', file);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^.+edge-iot-gateways\.hostwise: IoT gateway software for 4,000 retail stores \([0-9a-f-]+\): undecided\n/);
    expect(await hostwise('check', '--allow-undecided', file)).toMatchObject({ code: 0, stdout: '1 profile: 0 current, 0 stale, 1 undecided\n' });
  });

  it('finds a decision made without the house rules stale under them', async () => {
    const run = await hostwise('check', '--rules', exampleRulesFile(), acceptedExample('edge-iot-gateways'));
    expect(run.code).toBe(3);
    expect(run.stdout).toContain(': stale (Containers on bare metal): Decided under the plain catalogue (no house rules); evaluated now under Acme platform team house rules 2026.4');
  });

  it('exits 1 when a file is invalid, still checking the others', async () => {
    const bad = writeTemp('bad.hostwise', '{}');
    const run = await hostwise('check', acceptedExample('edge-iot-gateways'), bad);
    expect(run).toMatchObject({ code: 1, stdout: '1 profile: 1 current, 0 stale, 0 undecided\n' });
    expect(run.stderr).toContain(`${bad}: wrong-format`);
  });
});
