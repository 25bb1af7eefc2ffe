import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import type { Evaluation } from '../../../shared/engine';
import { evaluateUnder, houseRuleId, rulesetOf } from '../../../shared/house-rules';
import type { Profile } from '../../../shared/profile';
import { exampleProfiles, exampleRules } from './support';

const acme = rulesetOf(catalog, exampleRules());
const names = ['edge-iot-gateways', 'gpu-training-pipeline', 'legacy-windows-erp', 'multi-tenant-saas', 'regulated-payments', 'stateless-web-api'];
const example = (name: string) => exampleProfiles(name, acme.effective)[0]!;
const classified = (profile: Profile, classification: string) => ({ ...profile, answers: { ...profile.answers, 'acme-data-classification': classification } });
const underAcme = (profile: Profile) => evaluateUnder(profile, acme, { samples: 0 });
const plain = (profile: Profile) => evaluateUnder(profile, rulesetOf(catalog, null), { samples: 0 });
const outcome = ({ recommendation }: Evaluation) => ({ status: recommendation.status, winner: recommendation.winner });
const entries = (evaluation: Evaluation) => evaluation.houseRules!.effects.map((effect) => effect.entry);
const ruledOutBy = (evaluation: Evaluation, option: string) => evaluation.ranking.find((ranked) => ranked.option === option)!.ruleOuts.map((ref) => ref.rule);

describe('the example profiles under the Acme rules', () => {
  it.each(names)('%s: no recommendation is final before the data classification, and gVisor is out', (name) => {
    const evaluation = underAcme(example(name));
    expect(evaluation.recommendation.status).toBe('insufficient-answers');
    expect(evaluation.houseRules!.effects).toContainEqual(expect.objectContaining({ kind: 'required', entry: 'classify-first' }));
    expect(ruledOutBy(evaluation, 'userspace-sandbox')).toContain(houseRuleId('no-gvisor'));
    expect(evaluation.houseRules!.without).toEqual(outcome(plain(example(name))));
  });

  it('withholds the two recommendations the plain catalogue gives', () => {
    for (const [name, winner] of [['edge-iot-gateways', 'container'], ['legacy-windows-erp', 'vm']] as const) {
      expect(outcome(plain(example(name)))).toEqual({ status: 'recommended', winner });
      expect(underAcme(example(name)).houseRules!.without).toEqual({ status: 'recommended', winner });
    }
  });

  it('moves the edge gateways off bare-metal containers for cardholder data, and says why', () => {
    const internal = underAcme(classified(example('edge-iot-gateways'), 'internal'));
    expect(outcome(internal)).toEqual({ status: 'recommended', winner: 'container' });
    const cardholder = underAcme(classified(example('edge-iot-gateways'), 'cardholder-data'));
    expect(outcome(cardholder)).toEqual({ status: 'recommended', winner: 'container-on-vm' });
    expect(cardholder.houseRules!.without).toEqual({ status: 'recommended', winner: 'container' });
    expect(ruledOutBy(cardholder, 'container')).toEqual([houseRuleId('pci-dedicated-segment')]);
    expect(entries(cardholder)).toEqual(['acme-data-classification', 'licensing-counts', 'no-gvisor', 'pci-dedicated-segment']);
    expect(cardholder.houseRules!.effects.at(-1)!.change).toMatch(/^Rules out Containers on bare metal and Micro-VM sandboxed containers: Cardholder data runs only in the dedicated PCI segment/);
  });

  it('recommends micro-VMs to the multi-tenant SaaS once classified: without gVisor, no answer left could change the leader', () => {
    const saas = example('multi-tenant-saas');
    expect(outcome(plain(saas))).toEqual({ status: 'insufficient-answers', winner: 'microvm-sandbox' });
    expect(plain(saas).recommendation.runnerUp).toBe('userspace-sandbox');
    expect(outcome(underAcme(classified(saas, 'internal')))).toEqual({ status: 'recommended', winner: 'microvm-sandbox' });
    // With cardholder data, the PCI segment offers no sandbox: VMs lead.
    expect(outcome(underAcme(classified(saas, 'cardholder-data')))).toEqual({ status: 'insufficient-answers', winner: 'vm' });
  });

  it('lets the legacy ERP’s own platform answer stand over the organisation’s, and weighs licensing by default', () => {
    const effects = underAcme(classified(example('legacy-windows-erp'), 'internal')).houseRules!.effects;
    expect(effects.find((effect) => effect.entry === 'openshift-in-production')!.change).toContain('stands over the organisation\'s “Both”');
    expect(effects.find((effect) => effect.entry === 'licensing-counts')!.change).toBe('Default weight of Licence exposure: 1 (catalogue: 0).');
  });

  it('shifts VM licensing down on the hypervisor estate being retired, and automation for OpenShift exceptions', () => {
    const payments = classified(example('regulated-payments'), 'internal');
    const onHypervisor = { ...payments, answers: { ...payments.answers, 'hosting-environment': 'on-prem-hypervisor', 'acme-openshift-scc': 'needs-exception' } };
    expect(entries(underAcme(onHypervisor))).toEqual(
      expect.arrayContaining(['acme-openshift-scc', 'vmware-exit', 'scc-exception']),
    );
    expect(entries(underAcme(payments))).not.toContain('vmware-exit');
  });
});
