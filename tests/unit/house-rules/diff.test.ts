import { describe, expect, it } from 'vitest';
import { diffRules, type RulesFile } from '../../../shared/house-rules';
import { accepted, validRules } from './support';

const version = (file: RulesFile) => accepted(`${JSON.stringify(file, null, 2)}\n`);
const before = version(validRules);

describe('the difference between two versions of a rules file', () => {
  it('lists added, changed and removed entries by kind and id, with both identities', () => {
    const [rating] = validRules.ratings!;
    const after = version({
      ...validRules,
      version: '1.1',
      weights: [],
      ratings: [{ ...rating!, delta: -3 }],
      ruleOuts: [...validRules.ruleOuts!, { id: 'no-microvms', options: ['microvm-sandbox'], reason: 'No KVM on our hosts.' }],
    });
    const diff = diffRules(before, after);
    expect(diff.before).toEqual(before.identity);
    expect(diff.after).toMatchObject({ name: 'Example team rules', version: '1.1' });
    expect(diff.entries).toEqual([
      { kind: 'ratings', id: 'hypervisor-exit', change: 'changed' },
      { kind: 'ruleOuts', id: 'no-microvms', change: 'added' },
      { kind: 'weights', id: 'licensing-counts', change: 'removed' },
    ]);
  });

  it('does not count reordered properties, or a new layout, as a change', () => {
    const reordered = Object.fromEntries(Object.entries(validRules).reverse()) as RulesFile;
    const ruleOuts = validRules.ruleOuts!.map((entry) => Object.fromEntries(Object.entries(entry).reverse()) as typeof entry);
    const after = accepted(JSON.stringify({ ...reordered, ruleOuts }));
    expect(after.identity.hash).not.toBe(before.identity.hash);
    expect(diffRules(before, after).entries).toEqual([]);
  });

  it('sees an entry moved to another kind as removed and added', () => {
    const [weight] = validRules.weights!;
    const after = version({ ...validRules, weights: [], ruleOuts: [...validRules.ruleOuts!, { id: weight!.id, options: ['vm'], reason: 'Moved.' }] });
    expect(diffRules(before, after).entries).toEqual([
      { kind: 'ruleOuts', id: 'licensing-counts', change: 'added' },
      { kind: 'weights', id: 'licensing-counts', change: 'removed' },
    ]);
  });
});
