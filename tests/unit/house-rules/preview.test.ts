import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { previewRules, rulesetOf } from '../../../shared/house-rules';
import { exampleProfiles, profileWith, rulesOf } from './support';

const noContainers = rulesOf({ ruleOuts: [{ id: 'no-bare-metal-containers', options: ['container'], reason: 'We run no bare-metal nodes.' }] });
const plain = rulesetOf(catalog, null);
const underRules = rulesetOf(catalog, noContainers);

// Known outcomes: the edge gateways get containers on bare metal; the legacy ERP only VMs (its OS rules out the rest);
// untrusted code has containers ruled out by the catalogue already.
const [edge] = exampleProfiles('edge-iot-gateways');
const [erp] = exampleProfiles('legacy-windows-erp');
const untrusted = { ...profileWith({ 'code-trust': 'untrusted' }), id: '5a0f5e9c-1f0b-4c55-8d7e-0d6f3a1b2c4d', name: 'Untrusted' };
const profiles = [erp!, edge!, untrusted];

describe('previewing a change of rules', () => {
  it('lists exactly the profiles whose recommendation changes, with before, after and why', () => {
    const preview = previewRules(profiles, plain, underRules);
    expect(preview.compared).toBe(3);
    expect(preview.changed).toEqual([
      {
        profileId: edge!.id,
        name: edge!.name,
        before: { status: 'recommended', winner: 'container' },
        after: { status: expect.any(String), winner: expect.not.stringMatching(/^container$/) },
        why: [{ kind: 'ruleOuts', entry: 'no-bare-metal-containers', change: 'Rules out Containers on bare metal: We run no bare-metal nodes.' }],
      },
    ]);
  });

  it('explains unloading the rules by what they did', () => {
    const forward = previewRules(profiles, plain, underRules).changed[0]!;
    const back = previewRules(profiles, underRules, plain).changed;
    expect(back).toEqual([{ ...forward, before: forward.after, after: forward.before }]);
  });

  it('lists nobody when nothing changes', () => {
    expect(previewRules(profiles, underRules, underRules)).toEqual({ changed: [], staleDecisions: [], compared: 3 });
    expect(previewRules([], plain, underRules)).toEqual({ changed: [], staleDecisions: [], compared: 0 });
  });

  it('names the signed decisions made under the rules in force that the change leaves stale, and only those', () => {
    const signed = { kind: 'accept', status: 'accepted', option: 'vm', by: 'Ada', at: '2026-12-01T10:00:00Z', catalogVersion: catalog.version, inputs: { answers: {}, weightOverrides: {}, fingerprint: 'f'.repeat(64) } } as const;
    const underTheRules = { ...erp!, decision: { ...signed, houseRules: noContainers.identity } };
    const underPlain = { ...untrusted, decision: signed };
    const superseded = { ...edge!, decision: { ...signed, status: 'superseded' as const } };
    const library = [underTheRules, underPlain, superseded];
    expect(previewRules(library, plain, underRules).staleDecisions).toEqual([{ profileId: untrusted.id, name: 'Untrusted' }]);
    expect(previewRules(library, underRules, plain).staleDecisions).toEqual([{ profileId: erp!.id, name: erp!.name }]);
    expect(previewRules(library, underRules, underRules).staleDecisions).toEqual([]);
  });
});
