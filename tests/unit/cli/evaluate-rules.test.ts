import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../../shared/engine';
import { serializeProfileFile } from '../../../shared/profile-file';
import { validProfile } from '../../fixtures/hostile-cases';
import { example, exampleRulesFile, hostwise, writeTemp } from './support';

const evaluations = (stdout: string) => JSON.parse(stdout) as Evaluation[];
const names = ['edge-iot-gateways', 'gpu-training-pipeline', 'legacy-windows-erp', 'multi-tenant-saas', 'regulated-payments', 'stateless-web-api'];

/** A profile that answers the Acme rules' own classification question. */
const cardholderProfile = () =>
  writeTemp('cardholder.hostwise', serializeProfileFile([{ ...validProfile, answers: { ...validProfile.answers, 'acme-data-classification': 'cardholder-data' } }]));

describe('hostwise evaluate --rules', () => {
  it('records the rules’ name, version and hash in every evaluation with --json, with effects and the plain outcome', async () => {
    const rules = exampleRulesFile();
    const run = await hostwise('evaluate', '--rules', rules, '--json', '--samples', '0', ...names.map(example));
    expect(run.code).toBe(0);
    const hash = createHash('sha256').update(readFileSync(rules)).digest('hex');
    const all = evaluations(run.stdout);
    expect(all).toHaveLength(names.length);
    for (const evaluation of all) {
      expect(evaluation.houseRules).toMatchObject({ name: 'Acme platform team house rules', version: '2026.4', hash });
      expect(evaluation.houseRules!.effects).toContainEqual(expect.objectContaining({ kind: 'required', entry: 'classify-first' }));
      expect(evaluation.recommendation.status).toBe('insufficient-answers');
    }
    expect(all[0]!.houseRules!.without).toEqual({ status: 'recommended', winner: 'container' });
  });

  it('shows the rules applied, each effect, and what the plain catalogue would recommend', async () => {
    const run = await hostwise('evaluate', '--rules', exampleRulesFile(), '--samples', '0', example('edge-iot-gateways'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\nHouse rules: Acme platform team house rules 2026\.4 \(sha256 [0-9a-f]{12}\)\n/);
    expect(run.stdout).toContain('  - Default weight licensing-counts: Default weight of Licence exposure: 1 (catalogue: 0).\n');
    expect(run.stdout).toContain('  - Rule-out no-gvisor: Rules out User-space-kernel sandboxed containers: ');
    expect(run.stdout).toContain('  - Required answer classify-first: Requires an answer to “Which Acme data classification does it handle?”');
    expect(run.stdout).toContain('  Without the house rules: Recommendation: Containers on bare metal.\n');
  });

  it('says nothing of the plain catalogue when it recommends the same', async () => {
    const run = await hostwise('evaluate', '--rules', exampleRulesFile(), '--samples', '0', example('multi-tenant-saas'));
    expect(run.stdout).toContain('House rules: Acme platform team house rules 2026.4');
    expect(run.stdout).not.toContain('Without the house rules');
  });

  it('reads profiles against the catalogue under the rules, so answers to their questions validate', async () => {
    const profile = cardholderProfile();
    const run = await hostwise('evaluate', '--rules', exampleRulesFile(), '--json', '--samples', '0', profile);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const [evaluation] = evaluations(run.stdout);
    expect(evaluation!.ranking.find((ranked) => ranked.option === 'container')!.ruleOuts.map((ref) => ref.rule)).toContain('house-pci-dedicated-segment');
    const plain = await hostwise('evaluate', '--samples', '0', profile);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain(`${profile}: unknown-question at $.profiles[0].answers["acme-data-classification"]`);
  });

  it('evaluates nothing under an invalid rules file: its coded problems on stderr, exit 1', async () => {
    const rules = writeTemp('broken.hostwise-rules.json', readFileSync(exampleRulesFile(), 'utf8').replace('"delta": -2', '"delta": 0'));
    const run = await hostwise('evaluate', '--rules', rules, example('edge-iot-gateways'));
    expect(run).toEqual({ code: 1, stdout: '', stderr: `${rules}: out-of-range at $.ratings[0].delta: ratings[0].delta: a delta of 0 changes nothing.\n` });
    const missing = await hostwise('evaluate', '--rules', '/no/such.hostwise-rules.json', example('edge-iot-gateways'));
    expect(missing).toEqual({ code: 1, stdout: '', stderr: '/no/such.hostwise-rules.json: unreadable-file: There is no such file.\n' });
  });
});
