import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostileRulesFolder, hostileRulesManifest } from '../../tools/generated-files';
import { validRules } from '../../fixtures/hostile-rules-cases';
import { example, exampleRulesFile, hostwise, writeTemp } from './support';

const root = new URL('../../../', import.meta.url);
const sha256sum = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The example rules, version 2026.5: a changed rating shift, an added rule-out, the default weight removed. */
function modifiedExample(): string {
  const rules = JSON.parse(readFileSync(exampleRulesFile(), 'utf8')) as typeof validRules;
  const [vmwareExit, ...ratings] = rules.ratings!;
  return writeTemp(
    'acme-2026.5.hostwise-rules.json',
    JSON.stringify({
      ...rules,
      version: '2026.5',
      weights: [],
      ratings: [{ ...vmwareExit!, delta: -3 }, ...ratings],
      ruleOuts: [...rules.ruleOuts!, { id: 'no-bare-metal', options: ['container'], reason: 'Acme retires its bare-metal nodes.' }],
    }),
  );
}

describe('hostwise rules validate', () => {
  it('prints the name, version and SHA-256 of a valid file and exits 0', async () => {
    const file = exampleRulesFile();
    const run = await hostwise('rules', 'validate', file);
    expect(run).toEqual({ code: 0, stdout: `${file}: ok (Acme platform team house rules 2026.4, sha256 ${sha256sum(file)})\n`, stderr: '' });
  });

  it('prints the code and path of every hostile file’s problems on stderr and exits 1', async () => {
    const manifest = JSON.parse(readFileSync(new URL(hostileRulesManifest, root), 'utf8')) as Record<string, { code: string; path: string }>;
    const names = readdirSync(new URL(hostileRulesFolder, root)).sort();
    const files = names.map((name) => new URL(`${hostileRulesFolder}/${name}`, root).pathname);
    const run = await hostwise('rules', 'validate', ...files);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    for (const [index, file] of files.entries()) {
      const { code, path } = manifest[names[index]!]!;
      const first = lines.find((line) => line.startsWith(`${file}: `)) ?? '';
      const prefix = `${file}: ${code} at ${path}: `;
      expect(first.startsWith(prefix), first).toBe(true);
      expect(first.length - prefix.length).toBeGreaterThan(10);
    }
    expect(lines.every((line) => files.some((file) => line.startsWith(`${file}: `)))).toBe(true);
  });

  it('reports valid files on stdout and the others on stderr, exiting 1 when one is invalid', async () => {
    const good = exampleRulesFile();
    const bad = writeTemp('bad.hostwise-rules.json', JSON.stringify({ ...validRules, ratings: [{ ...validRules.ratings![0], delta: 4 }] }));
    const run = await hostwise('rules', 'validate', good, bad, '/no/such.hostwise-rules.json');
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith(`${good}: ok (`)).toBe(true);
    expect(run.stderr).toBe(
      `${bad}: out-of-range at $.ratings[0].delta: ratings[0].delta: Too big: expected number to be <=3.\n` +
        '/no/such.hostwise-rules.json: unreadable-file: There is no such file.\n',
    );
  });

  it('prints a name from the file as inert text', async () => {
    const evil = writeTemp('evil.hostwise-rules.json', JSON.stringify({ ...validRules, name: 'Evil \u001b]0;pwned\u0007 rules' }));
    const run = await hostwise('rules', 'validate', evil);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ok (Evil \\u{1B}]0;pwned\\u{7} rules 1.0, sha256 ');
  });
});

describe('hostwise rules diff', () => {
  it('lists the entries added, removed and changed, with name, version and hash before → after', async () => {
    const [old, next] = [exampleRulesFile(), modifiedExample()];
    const run = await hostwise('rules', 'diff', old, next);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`  Name:    Acme platform team house rules\n  Version: 2026.4 → 2026.5\n  SHA-256: ${sha256sum(old)} → ${sha256sum(next)}\n`);
    expect(run.stdout).toContain('Entries: 3 added, removed or changed\n');
    expect(run.stdout).toMatch(/ {2}changed {2}Rating shift {4}vmware-exit\n {2}added {4}Rule-out {8}no-bare-metal\n {2}removed {2}Default weight {2}licensing-counts\n/);
    expect(run.stdout).not.toContain('Recommendations');
  });

  it('lists whose recommendation changes, before → after, with the effects that explain it', async () => {
    const profiles = ['edge-iot-gateways', 'legacy-windows-erp'].map(example);
    const run = await hostwise('rules', 'diff', exampleRulesFile(), modifiedExample(), ...profiles);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Recommendations: 1 of 2 profiles change\n');
    expect(run.stdout).toContain(
      '  IoT gateway software for 4,000 retail stores (5b052b13-8322-4eef-b5c6-31230fb3efb5)\n' +
        '    Not enough answers to recommend; leading so far: Containers on bare metal → Not enough answers to recommend; leading so far: Containers on VMs\n',
    );
    expect(run.stdout).toContain('    - Rule-out no-bare-metal (added): Rules out Containers on bare metal: Acme retires its bare-metal nodes.\n');
    expect(run.stdout).not.toContain('ERP');
  });

  it('prints the comparison as JSON with --json', async () => {
    const [old, next] = [exampleRulesFile(), modifiedExample()];
    const run = await hostwise('rules', 'diff', '--json', old, next, example('edge-iot-gateways'));
    const comparison = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(comparison).toMatchObject({
      before: { name: 'Acme platform team house rules', version: '2026.4', hash: sha256sum(old) },
      after: { name: 'Acme platform team house rules', version: '2026.5', hash: sha256sum(next) },
      entries: [
        { kind: 'ratings', id: 'vmware-exit', change: 'changed' },
        { kind: 'ruleOuts', id: 'no-bare-metal', change: 'added' },
        { kind: 'weights', id: 'licensing-counts', change: 'removed' },
      ],
      recommendations: {
        compared: 1,
        changed: [
          {
            name: 'IoT gateway software for 4,000 retail stores',
            before: { status: 'insufficient-answers', winner: 'container' },
            after: { status: 'insufficient-answers', winner: 'container-on-vm' },
            why: expect.arrayContaining([{ kind: 'ruleOuts', entry: 'no-bare-metal', change: expect.any(String) }]),
          },
        ],
      },
    });
  });

  it('says when nothing changed', async () => {
    const run = await hostwise('rules', 'diff', exampleRulesFile(), exampleRulesFile(), example('stateless-web-api'));
    expect(run.stdout).toContain('Version: 2026.4\n');
    expect(run.stdout).toContain('Entries: none added, removed or changed\n');
    expect(run.stdout).toContain('Recommendations: none of 1 profile change\n');
  });

  it('compares nothing when a rules file is invalid, and exits 1', async () => {
    const bad = writeTemp('bad.hostwise-rules.json', '{"format": "hostwise.rules", "formatVersion": 2}');
    const run = await hostwise('rules', 'diff', exampleRulesFile(), bad);
    expect(run).toEqual({ code: 1, stdout: '', stderr: expect.stringContaining(`${bad}: newer-version at $.formatVersion: `) });
  });

  it('reports a bad profile file, compares the others and exits 1', async () => {
    const run = await hostwise('rules', 'diff', exampleRulesFile(), modifiedExample(), '/no/such.hostwise', example('edge-iot-gateways'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('/no/such.hostwise: unreadable-file: There is no such file.');
    expect(run.stdout).toContain('Recommendations: 1 of 1 profile change\n');
  });
});
