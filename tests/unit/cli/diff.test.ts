import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serializeProfileFile } from '../../../shared/profile-file';
import { acceptedExample } from './decided';
import { headings, markdownTokens } from './markdown-tokens';
import { example, hostwise, tempFolder, writeTemp } from './support';

const exampleText = readFileSync(new URL('../../../assets/examples/edge-iot-gateways.hostwise', import.meta.url), 'utf8');
/** The example's next version in a pull request: the code turns out to be untrusted, isolation weighs 6 by hand. */
const nextVersion = exampleText
  .replace('"code-trust": "own"', '"code-trust": "untrusted"')
  .replace('"weightOverrides": {}', '"weightOverrides": {\n        "isolation": 6\n      }');

describe('hostwise diff', () => {
  it('prints the changed answers with their effects, the changed weights and the recommendation movement', async () => {
    const run = await hostwise('diff', example('edge-iot-gateways'), writeTemp('next.hostwise', nextVersion));
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Workloads: 0 added, 0 removed, 1 of 1 changed.',
      '',
      'IoT gateway software for 4,000 retail stores (5b052b13-8322-4eef-b5c6-31230fb3efb5)',
      "  - Answer to “Whose code runs in this workload?”: Our own reviewed code → Customers' or other untrusted code (CI jobs, plugins, functions).",
    ]);
    expect(lines).toContain('    - Rules out Containers on bare metal: Untrusted code must not run in a plain container on shared hosts: one kernel exploit reaches the host and every neighbour.');
    expect(lines).toContain('  - Weight of Isolation and security: derived from the answers → 6 (set by hand).');
    expect(lines).toContain('  - Recommendation: Containers on bare metal → Recommendation: Micro-VM sandboxed containers');
    expect(lines.filter((line) => line.startsWith('    - Why: '))).not.toHaveLength(0);
    expect(lines.at(-2)).toBe('  - Decision: none; undecided');
  });

  it('lists workloads added and removed, and the unchanged ones with their recommendation', async () => {
    const [edge, erp] = [example('edge-iot-gateways'), example('legacy-windows-erp')];
    const both = writeTemp('both.hostwise', serializeProfileFile(JSON.parse(readFileSync(edge, 'utf8')).profiles.concat(JSON.parse(readFileSync(erp, 'utf8')).profiles)));
    const added = await hostwise('diff', edge, both);
    expect(added.stdout).toBe(
      'Workloads: 1 added, 0 removed, 0 of 1 changed.\n\nAdded\n' +
        '  - Legacy Windows ERP (finance and warehouse) (06b9b547-dfb2-45f0-acd1-ee5385db3a27): Recommendation: Virtual machine\n' +
        '\nUnchanged\n  - IoT gateway software for 4,000 retail stores (5b052b13-8322-4eef-b5c6-31230fb3efb5): Recommendation: Containers on bare metal\n',
    );
    expect((await hostwise('diff', both, edge)).stdout).toContain('\nRemoved\n  - Legacy Windows ERP (finance and warehouse)');
  });

  it('shows a decision recorded in the new version, and when the change makes it stale', async () => {
    const decided = acceptedExample('edge-iot-gateways');
    expect((await hostwise('diff', example('edge-iot-gateways'), decided)).stdout).toContain(
      '  - Decision: none → Ana Lima accepted the recommendation, Containers on bare metal, on 2026-03-02; decided, current\n',
    );
    const stale = writeTemp('stale.hostwise', readFileSync(decided, 'utf8').replace('"code-trust": "own"', '"code-trust": "untrusted"'));
    expect((await hostwise('diff', decided, stale)).stdout).toContain(
      '  - Decision: Ana Lima accepted the recommendation, Containers on bare metal, on 2026-03-02; decided, STALE\n',
    );
  });

  it('prints a stable JSON comparison with --json', async () => {
    const run = await hostwise('diff', '--json', example('edge-iot-gateways'), writeTemp('next.hostwise', nextVersion));
    expect(JSON.parse(run.stdout)).toEqual({
      added: [],
      removed: [],
      compared: [
        {
          profileId: '5b052b13-8322-4eef-b5c6-31230fb3efb5',
          name: 'IoT gateway software for 4,000 retail stores',
          answers: [
            {
              question: 'code-trust',
              before: 'own',
              after: 'untrusted',
              effects: [
                "Raises the weight of Isolation and security (+2).",
                "Rules out Containers on bare metal: Untrusted code must not run in a plain container on shared hosts: one kernel exploit reaches the host and every neighbour.",
                "Weakens Containers on VMs on Isolation and security (−2): Unless every tenant gets node VMs of its own, untrusted code shares each node’s kernel with its neighbours.",
                "Weakens Containers on VMs on Resource efficiency (−3) when “Who shares the infrastructure it runs on?” is “Several customers (multi-tenant)”: Untrusted code of many customers is safe on containers on VMs only with node VMs per tenant: every tenant then costs at least one VM, and the containers’ density is lost.",
              ],
            },
          ],
          weights: [{ criterion: 'isolation', before: null, after: 6 }],
          recommendation: {
            before: { status: 'recommended', winner: 'container' },
            after: { status: 'recommended', winner: 'microvm-sandbox' },
            moved: true,
            reasons: [
              "Isolation and security (weight 36%): Micro-VM sandboxed containers rates 8/10 against 7/10 for User-space-kernel sandboxed containers, +3.6 points — Each pod runs behind a hardware-virtualization boundary with its own guest kernel.",
              "Run-time performance (weight 6%): Micro-VM sandboxed containers rates 7/10 against 5/10 for User-space-kernel sandboxed containers, +1.2 points — Each container runs on a guest kernel behind virtual devices: VM-like I/O overhead, with a lighter VMM.",
            ],
          },
          decision: { before: null, after: null, status: 'undecided' },
        },
      ],
    });
    expect(run.stdout.endsWith('\n}\n')).toBe(true);
  });

  it('prints escaped Markdown with --markdown', async () => {
    const run = await hostwise('diff', '--markdown', example('edge-iot-gateways'), writeTemp('next.hostwise', nextVersion));
    expect(run.stdout).toContain('\n## IoT gateway software for 4,000 retail stores \\(5b052b13\\-8322\\-4eef\\-b5c6\\-31230fb3efb5\\)\n');
    expect(run.stdout).toContain('\n- Recommendation\\: Containers on bare metal → Recommendation\\: Micro\\-VM sandboxed containers\n');
    expect(headings(run.stdout)).toEqual(['## IoT gateway software for 4,000 retail stores (5b052b13-8322-4eef-b5c6-31230fb3efb5)']);
    expect(markdownTokens(run.stdout).filter((token) => token.type === 'html')).toEqual([]);
  });

  it('refuses anything but two files, and both --json and --markdown', async () => {
    expect(await hostwise('diff', 'one.hostwise')).toMatchObject({ code: 2, stderr: expect.stringContaining('needs an OLD and a NEW') });
    expect(await hostwise('diff', 'a', 'b', 'c')).toMatchObject({ code: 2 });
    expect(await hostwise('diff', '--json', '--markdown', 'a', 'b')).toMatchObject({ code: 2, stderr: expect.stringContaining('not both') });
  });

  it('takes git’s seven arguments, where /dev/null stands for the missing side of an added or deleted file', async () => {
    const file = example('edge-iot-gateways');
    const added = await hostwise('diff', 'gateways.hostwise', '/dev/null', '.', '.', file, '5b052b1', '100644');
    expect(added.stdout.split('\n').slice(0, 3)).toEqual(['hostwise diff gateways.hostwise', 'Workloads: 1 added, 0 removed, 0 of 0 changed.', '']);
    const deleted = await hostwise('diff', 'gateways.hostwise', file, '5b052b1', '100644', '/dev/null', '.', '.');
    expect(deleted.stdout).toContain('Workloads: 0 added, 1 removed, 0 of 0 changed.\n\nRemoved\n  - IoT gateway software');
  });

  it('works as git’s diff driver: git diff prints the same as hostwise diff of the two versions', async () => {
    const repo = tempFolder();
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: repo, GIT_PAGER: 'cat' },
      });
    git('init', '--quiet');
    writeFileSync(join(repo, '.gitattributes'), '*.hostwise diff=hostwise\n');
    const cli = fileURLToPath(new URL('../../../electron/cli.ts', import.meta.url));
    const tsx = fileURLToPath(import.meta.resolve('tsx'));
    git('config', 'diff.hostwise.command', `node --import "${tsx}" "${cli}" diff`);
    writeFileSync(join(repo, 'gateways.hostwise'), exampleText);
    git('add', '.');
    git('commit', '--quiet', '-m', 'first');
    writeFileSync(join(repo, 'gateways.hostwise'), nextVersion);
    git('commit', '--quiet', '-am', 'second');
    const direct = await hostwise('diff', writeTemp('old.hostwise', exampleText), writeTemp('new.hostwise', nextVersion));
    expect(git('diff', 'HEAD~1', 'HEAD')).toBe(`hostwise diff gateways.hostwise\n${direct.stdout}`);
  });
});
