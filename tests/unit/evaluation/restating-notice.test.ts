import { describe, expect, it, vi } from 'vitest';
import type { RulesState } from '../../../shared/api';
import { followRestating } from '../../../renderer/library/RestatingNotice';

type Restating = RulesState['restating'];

/** A client whose `rules.restating` answers `states`, one a call (the last repeats). */
function fakeClient(states: Restating[]) {
  const answers = [...states];
  return { 'rules.restating': vi.fn(async () => (answers.length > 1 ? answers.shift()! : answers[0]!)) };
}

describe('the library’s notice of saved profiles evaluated again', () => {
  it('shows each state of a run under way, then nothing, and says the summaries changed', async () => {
    const client = fakeClient([{ done: 0, total: 3 }, { done: 2, total: 3 }, null]);
    const shown: Restating[] = [];
    const pause = vi.fn(async () => undefined);
    expect(await followRestating(client, pause, (state) => shown.push(state), () => false)).toBe(true);
    expect(shown).toEqual([{ done: 0, total: 3 }, { done: 2, total: 3 }, null]);
    expect(pause).toHaveBeenCalledTimes(2);
  });

  it('looks once and never again when no run is under way', async () => {
    const client = fakeClient([null]);
    const pause = vi.fn(async () => undefined);
    expect(await followRestating(client, pause, () => undefined, () => false)).toBe(false);
    expect(client['rules.restating']).toHaveBeenCalledTimes(1);
    expect(pause).not.toHaveBeenCalled();
  });

  it('stops looking, and shows nothing more, once the screen is gone', async () => {
    const client = fakeClient([{ done: 0, total: 3 }]);
    let stopped = false;
    const shown: Restating[] = [];
    const pause = vi.fn(async () => {
      stopped = true;
    });
    expect(await followRestating(client, pause, (state) => shown.push(state), () => stopped)).toBe(false);
    expect(shown).toEqual([{ done: 0, total: 3 }]);
    expect(client['rules.restating']).toHaveBeenCalledTimes(2);
  });
});
