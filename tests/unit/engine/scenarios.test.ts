import { describe, expect, it } from 'vitest';
import { catalog, type CriterionId, type OptionId } from '../../../shared/catalog';
import { evaluate } from '../../../shared/engine';
import type { Profile } from '../../../shared/profile';

/** Workloads built from the real questionnaire, with the call a seasoned architect would make and why. */
interface Scenario {
  name: string;
  answers: Record<string, string>;
  winner: OptionId;
  /** The criterion the winner's lead rests on most, or the rule-out that decides. */
  mainReason: CriterionId;
  ruledOut: OptionId[];
}

const scenarios: Scenario[] = [
  {
    name: "Multi-tenant SaaS running customers' code",
    answers: {
      'code-trust': 'untrusted',
      tenancy: 'multi-tenant',
      'load-pattern': 'bursty',
      'cost-pressure': 'high',
      'startup-time': 'under-10s',
      'automation-maturity': 'orchestrated',
      architecture: 'microservices',
      state: 'external',
    },
    winner: 'sandboxed-container',
    mainReason: 'isolation',
    ruledOut: ['container'],
  },
  {
    name: 'Stateless web API with bursty traffic on Kubernetes',
    answers: {
      'code-trust': 'own',
      tenancy: 'single-tenant',
      'load-pattern': 'bursty',
      'startup-time': 'under-10s',
      'automation-maturity': 'orchestrated',
      architecture: 'microservices',
      state: 'stateless',
      'deployment-targets': 'multi-cloud',
    },
    winner: 'container',
    mainReason: 'resource-efficiency',
    ruledOut: [],
  },
  {
    name: 'Legacy Windows ERP',
    answers: {
      'os-needs': 'other-os',
      architecture: 'monolith',
      state: 'local-persistent',
      legacy: 'legacy',
      'startup-time': 'over-5min',
      licensing: 'per-core',
      'automation-maturity': 'manual',
      'team-skills': 'vm-ops',
    },
    winner: 'vm',
    mainReason: 'os-compatibility',
    ruledOut: ['container', 'container-on-vm', 'sandboxed-container'],
  },
  {
    name: 'GPU training pipeline',
    answers: {
      hardware: 'gpu',
      'load-pattern': 'batch',
      'code-trust': 'own',
      tenancy: 'internal-teams',
      'automation-maturity': 'orchestrated',
      'cost-pressure': 'high',
      state: 'external',
    },
    winner: 'container',
    mainReason: 'resource-efficiency',
    ruledOut: [],
  },
  {
    name: 'Edge gateway fleet',
    answers: {
      'deployment-targets': 'edge',
      'cost-pressure': 'high',
      'automation-maturity': 'ci-cd',
      hardware: 'devices',
      'startup-time': 'under-10s',
    },
    winner: 'container',
    mainReason: 'resource-efficiency',
    ruledOut: [],
  },
  {
    name: 'Regulated payments service',
    answers: {
      compliance: 'strict',
      'code-trust': 'own',
      tenancy: 'internal-teams',
      'automation-maturity': 'orchestrated',
      architecture: 'microservices',
      state: 'external',
      'deployment-targets': 'hybrid',
    },
    winner: 'container-on-vm',
    mainReason: 'isolation',
    ruledOut: [],
  },
];

function profileOf(scenario: Scenario): Profile {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    name: scenario.name,
    catalogVersion: catalog.version,
    answers: scenario.answers,
    weightOverrides: {},
    notes: '',
    revisit: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('recommendations for typical workloads', () => {
  it.each(scenarios)('$name → $winner', (scenario) => {
    const evaluation = evaluate(profileOf(scenario), catalog);
    const { recommendation } = evaluation;

    expect(evaluation.ignoredAnswers).toEqual([]);
    expect(recommendation.winner).toBe(scenario.winner);
    const ruledOut = evaluation.ranking.filter((r) => r.ruledOut).map((r) => r.option);
    expect(ruledOut.sort()).toEqual([...scenario.ruledOut].sort());

    if (recommendation.runnerUp === null) {
      // Everything else is ruled out: the decision is the constraints, and each loser says why.
      expect(recommendation.whyNot.map((w) => w.reason).join(' ')).toMatch(/ruled out/);
    } else {
      expect(recommendation.reasons[0]?.criterion).toBe(scenario.mainReason);
    }
  });

  it('explains the multi-tenant SaaS decision with the shared-kernel rule-out and the isolation lead', () => {
    const evaluation = evaluate(profileOf(scenarios[0]!), catalog);
    const container = evaluation.ranking.find((r) => r.option === 'container');
    expect(container?.reason).toMatch(/shares the host kernel/);
    expect(evaluation.recommendation.reasons[0]?.sentence).toMatch(/^Isolation and security/);
    expect(evaluation.recommendation.summary).toMatch(/recommends Sandboxed container/);
  });
});
