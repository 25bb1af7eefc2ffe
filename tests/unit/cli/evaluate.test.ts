import { describe, expect, it } from 'vitest';
import { criterionIds, optionIds } from '../../../shared/catalog';
import type { Evaluation } from '../../../shared/engine';
import { profileFileVersion, serializeProfileFile } from '../../../shared/profile-file';
import { validProfile } from '../../fixtures/hostile-cases';
import { example, hostwise, writeTemp } from './support';

const evaluations = (stdout: string) => JSON.parse(stdout) as Evaluation[];

describe('hostwise evaluate', () => {
  it('prints the recommendation, ranking, reasons, why the others lost and the sensitivity', async () => {
    const run = await hostwise('evaluate', example('multi-tenant-saas'));
    expect(run.code).toBe(0);
    // The example is a catalogue-1 file: it opens through the migration, and stderr says so.
    expect(run.stderr).toMatch(/multi-tenant-saas\.hostwise: profile [0-9a-f-]+ was answered with catalogue 1; questions to revisit: hosting-environment, /);
    expect(run.stdout).toContain('== Notebook runner for a multi-tenant data-science SaaS');
    expect(run.stdout).toMatch(/Not enough answers to recommend; leading so far: Micro-VM sandboxed containers, \d+\.\d points ahead of User-space-kernel sandboxed containers/);
    expect(run.stdout).toMatch(/Weighted sum: .*; TOPSIS: .*; PROMETHEE II: /);
    expect(run.stdout).toMatch(/Answer these first:\n {2}- .+ \([a-z-]+; \d+% of its answers change the leader\)/);
    expect(run.stdout).toMatch(/Rank {2}Option +Score {2}TOPSIS {2}PROMETHEE II {2}Win probability/);
    expect(run.stdout).toMatch(/Containers on bare metal +\d+\.\d +— +— +0% +ruled out/);
    expect(run.stdout).toMatch(/Reasons\n {2}1\. Isolation and security/);
    expect(run.stdout).toContain('Why not the others\n  - User-space-kernel sandboxed containers: ');
    expect(run.stdout).toContain('  - Containers on bare metal: Containers on bare metal is ruled out: Untrusted code must not run in a plain container');
    expect(run.stdout).toMatch(/Isolation and security +\d+% +\d+% – +\d+%/);
  });

  it('prints one JSON array of Evaluation objects for all files with --json', async () => {
    const run = await hostwise('evaluate', '--json', '--samples', '500', example('stateless-web-api'), example('legacy-windows-erp'));
    expect(run.code).toBe(0);
    const [api, erp] = evaluations(run.stdout);
    expect(api).toMatchObject({ name: 'Public pricing API behind the mobile app', recommendation: { winner: 'container' } });
    expect(erp).toMatchObject({ profileId: '06b9b547-dfb2-45f0-acd1-ee5385db3a27', recommendation: { winner: 'vm', runnerUp: null } });
    for (const evaluation of [api!, erp!]) {
      expect(Object.keys(evaluation.weights).sort()).toEqual([...criterionIds].sort());
      expect(Object.values(evaluation.weights).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 9);
      expect(evaluation.ranking.map((option) => option.option).sort()).toEqual([...optionIds].sort());
      for (const option of evaluation.ranking) {
        expect(option).toEqual(expect.objectContaining({ score: expect.any(Number), ruledOut: expect.any(Boolean) }));
        expect(option).toHaveProperty('topsis');
        expect(option).toHaveProperty('winProbability');
        expect(option).toHaveProperty('reason');
      }
      expect(evaluation.recommendation.reasons.length).toBeGreaterThan(0);
      expect(evaluation.recommendation).toHaveProperty('margin');
      expect(evaluation.recommendation).toHaveProperty('confidence');
      for (const criterion of criterionIds) {
        expect(evaluation.sensitivity[criterion].low).toBeLessThanOrEqual(evaluation.sensitivity[criterion].high);
      }
      expect(evaluation.monteCarlo.samples).toBe(500);
      // The documented fields a script reads keep their names…
      expect(evaluation).toEqual(
        expect.objectContaining({ profileId: expect.any(String), name: expect.any(String), catalogVersion: 2 }),
      );
      for (const key of ['winner', 'runnerUp', 'margin', 'confidence', 'reasons', 'whyNot', 'methodsAgree', 'summary']) {
        expect(evaluation.recommendation, key).toHaveProperty(key);
      }
      for (const option of evaluation.ranking) {
        for (const key of ['option', 'rank', 'score', 'topsis', 'winProbability', 'ruledOut', 'reason']) expect(option, key).toHaveProperty(key);
        // …and catalogue 2 adds the outranking score.
        expect(option).toHaveProperty('promethee');
      }
      // …and catalogue 2 adds the status of the verdict, each method's winner, and the questions to answer first.
      expect(['recommended', 'insufficient-answers', 'no-feasible-option']).toContain(evaluation.recommendation.status);
      expect(evaluation.recommendation.methods).toEqual({
        weightedSum: expect.any(String),
        topsis: expect.any(String),
        promethee: expect.any(String),
      });
      expect(Array.isArray(evaluation.answerFirst)).toBe(true);
    }
  });

  it('is reproducible for a seed and passes the seed on', async () => {
    const file = example('regulated-payments');
    const first = await hostwise('evaluate', '--json', '--seed', '7', '--samples', '2000', file);
    const again = await hostwise('evaluate', '--json', '--seed', '7', '--samples', '2000', file);
    const other = await hostwise('evaluate', '--json', '--seed', '8', '--samples', '2000', file);
    expect(again.stdout).toBe(first.stdout);
    expect(evaluations(first.stdout)[0]!.monteCarlo.seed).toBe(7);
    expect(other.stdout).not.toBe(first.stdout);
  });

  it('skips the simulation with --samples 0', async () => {
    const run = await hostwise('evaluate', '--samples', '0', example('gpu-training-pipeline'));
    expect(run.stdout).not.toContain('weight draws');
    const json = await hostwise('evaluate', '--json', '--samples', '0', example('gpu-training-pipeline'));
    expect(evaluations(json.stdout)[0]!.ranking.every((option) => option.winProbability === null)).toBe(true);
  });

  it('evaluates every profile of a file that holds several', async () => {
    const second = { ...validProfile, id: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', name: 'Second' };
    const run = await hostwise('evaluate', '--json', '--samples', '0', writeTemp('two.hostwise', serializeProfileFile([validProfile, second])));
    expect(evaluations(run.stdout).map((evaluation) => evaluation.name)).toEqual(['Order service', 'Second']);
  });

  it('reports a bad or missing file on stderr, evaluates the others and exits 1', async () => {
    const broken = writeTemp('broken.hostwise', `{"format": "hostwise.profiles", "version": ${profileFileVersion + 1}}`);
    const run = await hostwise('evaluate', '--json', '--samples', '0', broken, example('edge-iot-gateways'), '/no/such/file.hostwise');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${broken}: newer-version at $.version: This file was made by a newer Hostwise`);
    expect(run.stderr).toContain('/no/such/file.hostwise: unreadable-file: There is no such file.');
    expect(evaluations(run.stdout).map((evaluation) => evaluation.recommendation.winner)).toEqual(['container']);
  });

  it('prints names from files as inert text, never as terminal control sequences', async () => {
    const hostile = serializeProfileFile([{ ...validProfile, name: 'Evil \u001b[2J\u001b]0;pwned\u0007 name' }]);
    const run = await hostwise('evaluate', '--samples', '0', writeTemp('evil.hostwise', hostile));
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/(?!\n)\p{Cc}/u);
    expect(run.stdout).toContain('Evil \\u{1B}[2J\\u{1B}]0;pwned\\u{7} name');
  });
});

describe('hostwise evaluate on a tie', () => {
  it('says that no criterion separates the options instead of listing no reason', async () => {
    // Only resource allocation counts, a similarity every option rates equally (5/10) when nothing moves it.
    const allocationOnly = Object.fromEntries(criterionIds.map((criterion) => [criterion, criterion === 'resource-allocation' ? 1 : 0]));
    const tied = serializeProfileFile([{ ...validProfile, answers: { 'code-trust': 'untrusted' }, weightOverrides: allocationOnly }]);
    const run = await hostwise('evaluate', '--samples', '0', writeTemp('tie.hostwise', tied));
    const json = await hostwise('evaluate', '--json', '--samples', '0', writeTemp('tie.hostwise', tied));
    const [evaluation] = evaluations(json.stdout);
    expect(evaluation!.recommendation.margin).toBe(0);
    expect(run.stdout).toContain('Reasons\n  None: no criterion separates the winner from the runner-up.');
  });
});
