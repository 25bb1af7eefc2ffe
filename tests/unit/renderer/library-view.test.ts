import { sortFn_alphanumeric } from '@tanstack/table-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProfileSummary } from '../../../shared/api';
import { libraryView, type SortKey } from '../../../renderer/library/library-view';

/** Characters that exercise the natural sort: case, digits with leading zeros, punctuation, non-ASCII. */
const name = fc.string({ unit: fc.constantFrom('a', 'B', 'z', ' ', '-', '0', '1', '2', '9', 'é', 'Z', '_', '.', 'ß', '~'), maxLength: 8 });

const summaries = (names: string[]) => names.map((text, index) => ({ id: `p${index}`, name: text }) as unknown as ProfileSummary);
const keys: Record<string, SortKey> = { name: { text: (profile) => profile.name } };

/** TanStack's own alphanumeric sort, ties in list order: what the library sorted with before. */
function tanstackOrder(profiles: ProfileSummary[], desc: boolean): number[] {
  const { sort, resolveDataValue } = sortFn_alphanumeric as unknown as { sort: (a: unknown, b: unknown) => number; resolveDataValue?: (value: unknown) => unknown };
  const value = (text: string) => (resolveDataValue ? resolveDataValue(text) : text);
  return profiles
    .map((_, index) => index)
    .sort((a, b) => {
      const difference = sort(value(profiles[a]!.name), value(profiles[b]!.name));
      return (desc ? -difference : difference) || a - b;
    });
}

describe('the library view', () => {
  it.each([false, true])('sorts names exactly as TanStack’s alphanumeric sort does (descending: %s)', (desc) => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 60 }), (names) => {
        const profiles = summaries(names);
        const view = libraryView(profiles, keys, (profile) => [profile.name]);
        expect([...view.order([{ id: 'name', desc }])]).toEqual(tanstackOrder(profiles, desc));
      }),
      { numRuns: 300 },
    );
  });

  it('orders values already in order, either way, as it orders any others: ties in list order', () => {
    const byValue: Record<string, SortKey> = { margin: { value: (profile) => profile.margin! } };
    const withMargins = (margins: number[]) => margins.map((margin, index) => ({ id: `p${index}`, margin }) as unknown as ProfileSummary);
    const stable = (margins: number[], desc: boolean) =>
      margins.map((_, index) => index).sort((a, b) => (desc ? margins[b]! - margins[a]! : margins[a]! - margins[b]!) || a - b);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 }), fc.constantFrom('as drawn', 'ascending', 'descending'), fc.boolean(), (drawn, arrangement, desc) => {
        const margins = arrangement === 'as drawn' ? drawn : [...drawn].sort((a, b) => (arrangement === 'ascending' ? a - b : b - a));
        const view = libraryView(withMargins(margins), byValue, () => []);
        expect([...view.order([{ id: 'margin', desc }])]).toEqual(stable(margins, desc));
      }),
      { numRuns: 300 },
    );
  });

  it('filters the sorted profiles by text, ignoring case, and shows all for an empty query', () => {
    const profiles = summaries(['Workload 10', 'workload 9', 'Billing', 'WORKLOAD 1']);
    const view = libraryView(profiles, keys, (profile) => [profile.name]);
    const order = view.order([{ id: 'name', desc: false }]);
    expect(view.filter(order, 'WorkLoad').map((profile) => profile.name)).toEqual(['WORKLOAD 1', 'workload 9', 'Workload 10']);
    expect(view.filter(order, '')).toHaveLength(4);
    expect(view.filter(order, 'nothing')).toEqual([]);
  });

  it('prepares the searched text and each column ahead, one step a call, then says it is done; results unchanged', () => {
    const profiles = summaries(['Workload 10', 'workload 9', 'Billing', 'WORKLOAD 1']);
    const twoKeys: Record<string, SortKey> = { ...keys, id: { value: (profile) => profile.id } };
    const fresh = libraryView(profiles, twoKeys, (profile) => [profile.name]);
    const prepared = libraryView(profiles, twoKeys, (profile) => [profile.name]);
    expect([prepared.prepare(), prepared.prepare(), prepared.prepare()]).toEqual([true, true, false]);
    for (const sorting of [[{ id: 'name', desc: true }], [{ id: 'id', desc: false }]]) {
      expect(prepared.filter(prepared.order(sorting), 'load')).toEqual(fresh.filter(fresh.order(sorting), 'load'));
    }
  });
});
