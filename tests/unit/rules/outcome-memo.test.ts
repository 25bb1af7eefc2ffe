import { describe, expect, it, vi } from 'vitest';
import { catalog } from '../../../shared/catalog';
import type * as houseRules from '../../../shared/house-rules';
import { outcomeUnder, rulesetOf } from '../../../shared/house-rules';
import { OutcomeMemo } from '../../../electron/rules/outcome-memo';
import { makeProfile } from '../store/profiles';

vi.mock('../../../shared/house-rules', async (importActual) => {
  const actual = await importActual<typeof houseRules>();
  return { ...actual, outcomeUnder: vi.fn(actual.outcomeUnder) };
});

const evaluations = vi.mocked(outcomeUnder);
const plain = rulesetOf(catalog, null);
const library = (count: number) => Array.from({ length: count }, (_, index) => makeProfile({ name: `Workload ${index}` }));

describe('outcomes worked out ahead of a preview', () => {
  it('warming evaluates each profile once; the preview then finds them all', async () => {
    const memo = new OutcomeMemo();
    const profiles = library(60);
    evaluations.mockClear();
    await memo.warm(profiles, plain, () => true);
    expect(evaluations).toHaveBeenCalledTimes(60);
    for (const profile of profiles) memo.outcome(profile, plain);
    expect(evaluations).toHaveBeenCalledTimes(60);
  });

  it('warming stops at the next slice once it is no longer wanted', async () => {
    const memo = new OutcomeMemo();
    let wanted = true;
    evaluations.mockClear();
    const done = memo.warm(library(100), plain, () => wanted);
    wanted = false;
    await done;
    expect(evaluations.mock.calls.length).toBeGreaterThan(0);
    expect(evaluations.mock.calls.length).toBeLessThan(100);
  });

  it('a profile whose answers changed since is evaluated anew', async () => {
    const memo = new OutcomeMemo();
    const [profile] = library(1);
    await memo.warm([profile!], plain, () => true);
    evaluations.mockClear();
    memo.outcome({ ...profile!, answers: { ...profile!.answers, 'os-needs': 'windows-legacy' } }, plain);
    expect(evaluations).toHaveBeenCalledTimes(1);
  });
});
