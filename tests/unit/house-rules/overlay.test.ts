import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { catalogProblems, catalogSchema } from '../../../shared/catalog/schema';
import { applyHouseRules, houseRuleId } from '../../../shared/house-rules';
import { accepted, exampleRules, validRulesFile } from './support';

describe('the catalogue under house rules', () => {
  it.each([
    ['the example', exampleRules],
    ['the valid corpus rules', () => accepted(validRulesFile)],
  ])('has no cross-reference problems under %s', (_, rules) => {
    const overlaid = applyHouseRules(catalog, rules());
    expect(catalogSchema.safeParse(overlaid).error?.issues).toBeUndefined();
    expect(catalogProblems(overlaid)).toEqual([]);
  });

  it('is the catalogue itself without rules', () => {
    expect(applyHouseRules(catalog, null)).toBe(catalog);
  });

  it('asks the file’s questions after the catalogue’s, and marks the required ones', () => {
    const effective = applyHouseRules(catalog, exampleRules());
    expect(effective.questions.map((question) => question.id)).toEqual([
      ...catalog.questions.map((question) => question.id),
      'acme-data-classification',
      'acme-openshift-scc',
    ]);
    const required = effective.questions.filter((question) => question.required).map((question) => question.id);
    expect(required).toEqual(['acme-data-classification']);
    const classification = effective.questions.find((question) => question.id === 'acme-data-classification')!;
    expect(classification.answers.at(-1)).toMatchObject({ weights: { isolation: 2 }, weightsWhy: expect.stringContaining('classification') });
  });

  it('sets the default weights and leaves the others at the catalogue’s', () => {
    const effective = applyHouseRules(catalog, exampleRules());
    for (const criterion of effective.criteria) {
      const base = catalog.criteria.find((known) => known.id === criterion.id)!.baseWeight;
      expect(criterion.baseWeight, criterion.id).toBe(criterion.id === 'licensing' ? 1 : base);
    }
  });

  it('adds rating shifts and rule-outs as rules, each citing the rule set, the entry and its link', () => {
    const rules = exampleRules();
    const effective = applyHouseRules(catalog, rules);
    const added = effective.rules.slice(catalog.rules.length);
    expect(added.map((rule) => rule.id)).toEqual(['vmware-exit', 'scc-exception', 'no-gvisor', 'pci-dedicated-segment'].map(houseRuleId));
    expect(added.find((rule) => rule.id === 'house-no-gvisor')).toMatchObject({ when: {}, effect: { kind: 'rule-out', options: ['userspace-sandbox'] } });
    expect(added.find((rule) => rule.id === 'house-vmware-exit')).toMatchObject({
      when: { 'hosting-environment': ['on-prem-hypervisor'] },
      effect: { kind: 'rating', options: ['vm'], criterion: 'licensing', delta: -2 },
      basis: { kind: 'source', source: 'house-vmware-exit' },
    });
    expect(effective.sources['house-vmware-exit']).toEqual({
      title: 'Acme platform team house rules 2026.4',
      publisher: `House rules (sha256 ${rules.identity.hash.slice(0, 12)})`,
      url: 'https://wiki.acme.example/platform/vmware-exit',
      supports: rules.file.ratings![0]!.reason,
    });
    expect(effective.sources['house-scc-exception']).not.toHaveProperty('url');
  });
});
