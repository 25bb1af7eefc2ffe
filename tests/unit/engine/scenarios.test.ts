import { describe, expect, it } from 'vitest';
import { catalog, type OptionId } from '../../../shared/catalog';
import { evaluate } from '../../../shared/engine';
import type { Profile } from '../../../shared/profile';

/** Workloads built from the shipped catalogue (v2), with the call a seasoned architect would make and why. */
interface Scenario {
  name: string;
  answers: Record<string, string>;
  winner: OptionId;
  ruledOut: OptionId[];
}

const linuxOwnCode = { 'os-needs': 'linux', 'code-trust': 'own', licensing: 'open' };

const scenarios: Scenario[] = [
  {
    name: 'Legacy Windows ERP on the vSphere estate, relying on HA restart',
    answers: {
      'hosting-environment': 'on-prem-hypervisor',
      'os-needs': 'windows-legacy',
      'existing-platform': 'vm-only',
      availability: 'singleton-platform-ha',
      'scale-churn': 'few-long-lived',
      licensing: 'open',
      'code-trust': 'own',
    },
    winner: 'vm',
    ruledOut: ['container', 'container-on-vm', 'microvm-sandbox', 'userspace-sandbox'],
  },
  {
    name: 'Microservices on a managed cloud Kubernetes without nested virtualization',
    answers: {
      ...linuxOwnCode,
      'hosting-environment': 'public-cloud',
      'existing-platform': 'kubernetes',
      'hardware-virtualization': 'not-available',
      availability: 'replicated',
      'scale-churn': 'elastic',
      architecture: 'microservices',
    },
    winner: 'container-on-vm',
    ruledOut: ['container', 'microvm-sandbox'],
  },
  {
    name: 'Untrusted multi-tenant CI runners in a public cloud with nested virtualization',
    answers: {
      ...linuxOwnCode,
      'code-trust': 'untrusted',
      tenancy: 'multi-tenant',
      'hosting-environment': 'public-cloud',
      'existing-platform': 'kubernetes',
      'hardware-virtualization': 'available',
      availability: 'replicated',
      'scale-churn': 'high-churn',
    },
    winner: 'microvm-sandbox',
    ruledOut: ['container'],
  },
  {
    name: 'Edge gateway on a CPU without VT-x',
    answers: {
      ...linuxOwnCode,
      'hosting-environment': 'edge',
      'hardware-virtualization': 'not-available',
      'existing-platform': 'greenfield',
      availability: 'restart-tolerated',
      'scale-churn': 'few-long-lived',
      'cost-pressure': 'high',
    },
    winner: 'container',
    ruledOut: ['vm', 'container-on-vm', 'microvm-sandbox'],
  },
  {
    name: 'Vendor appliance supported on VMs only',
    answers: {
      ...linuxOwnCode,
      'hosting-environment': 'on-prem-hypervisor',
      'existing-platform': 'both',
      availability: 'app-clustered',
      'scale-churn': 'few-long-lived',
      licensing: 'vendor-vm-only',
    },
    winner: 'vm',
    ruledOut: ['container', 'container-on-vm', 'microvm-sandbox', 'userspace-sandbox'],
  },
];

function profileOf(name: string, answers: Record<string, string>): Profile {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    name,
    catalogVersion: catalog.version,
    answers,
    weightOverrides: {},
    notes: '',
    revisit: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const ruledOutOf = (evaluation: ReturnType<typeof evaluate>) =>
  evaluation.ranking.filter((entry) => entry.ruledOut).map((entry) => entry.option).sort();

describe('recommendations for typical workloads (shipped catalogue)', () => {
  it.each(scenarios)('$name → $winner', (scenario) => {
    const evaluation = evaluate(profileOf(scenario.name, scenario.answers), catalog, { samples: 2_000 });
    const { recommendation } = evaluation;
    expect(evaluation.ignoredAnswers).toEqual([]);
    expect(recommendation.status).toBe('recommended');
    expect(recommendation.winner).toBe(scenario.winner);
    expect(recommendation.confidence).not.toBeNull();
    expect(ruledOutOf(evaluation)).toEqual([...scenario.ruledOut].sort());
    for (const option of evaluation.ranking.filter((entry) => entry.ruledOut)) {
      expect(option.reason).toMatch(/ is ruled out: /);
    }
  });

  it('rules out plain containers on bare metal in a public cloud, whatever else is answered', () => {
    const evaluation = evaluate(profileOf('Cloud', { 'hosting-environment': 'public-cloud' }), catalog, { samples: 0 });
    const container = evaluation.ranking.find((entry) => entry.option === 'container')!;
    expect(container.ruledOut).toBe(true);
    expect(container.ruleOuts.map((ruleOut) => ruleOut.rule)).toContain('cloud-nodes-are-vms');
    expect(evaluation.recommendation.winner).not.toBe('container');
  });

  it('rules out a plain shared-kernel container for untrusted code', () => {
    const evaluation = evaluate(profileOf('Untrusted', { 'code-trust': 'untrusted' }), catalog, { samples: 0 });
    const ruledOut = ruledOutOf(evaluation);
    expect(ruledOut).toContain('container');
    expect(ruledOut).not.toContain('microvm-sandbox');
    expect(ruledOut).not.toContain('userspace-sandbox');
  });

  it('rules out VMs and micro-VMs, not the user-space kernel, without hardware virtualization on bare metal', () => {
    const answers = { 'hosting-environment': 'on-prem-bare-metal', 'hardware-virtualization': 'not-available' };
    const ruledOut = ruledOutOf(evaluate(profileOf('No VT', answers), catalog, { samples: 0 }));
    expect(ruledOut).toEqual(['container-on-vm', 'microvm-sandbox', 'vm']);
  });

  it('gives an empty profile no recommendation: not enough answers, no confidence, and the questions to answer first', () => {
    const { recommendation, answerFirst } = evaluate(profileOf('Empty', {}), catalog, { samples: 2_000 });
    expect(recommendation.status).toBe('insufficient-answers');
    expect(recommendation.confidence).toBeNull();
    expect(answerFirst.some((value) => value.decisive)).toBe(true);
    expect(recommendation.summary).toMatch(/not enough answers to recommend/);
    expect(recommendation.summary).toMatch(/Answer these first\./);
  });
});
