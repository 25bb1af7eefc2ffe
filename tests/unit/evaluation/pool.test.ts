import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { EvaluationPool, profileTasks, sourceWorker, tsxWorker } from '../../../electron/evaluation';
import { groupByInputs } from '../../../electron/evaluation/distinct-inputs';
import { workloadCells } from '../../../electron/export/portfolio-table';
import { evaluateChecked, evaluationSummary } from '../../../electron/handlers/profiles';
import { Restater } from '../../../electron/rules/restater';
import { openStore, type EvaluationSummary, type ProfileStore, type RestatedSummary } from '../../../electron/store';
import { catalog } from '../../../shared/catalog';
import { parseRulesFile, rulesetOf, type HouseRules, type Ruleset } from '../../../shared/house-rules';
import type { Profile } from '../../../shared/profile';
import { exampleRules, tempDir } from '../handlers/support';
import { summary as oldSummary } from '../store/profiles';
import { variedLibrary } from './library';

const acmeRuleset = rulesetOf(catalog, (parseRulesFile(exampleRules, catalog) as { ok: true; rules: HouseRules }).rules);
const plainRuleset = rulesetOf(catalog, null);
const crashingWorker = tsxWorker(join(import.meta.dirname, 'crashing-worker.ts'));
const hangingWorker = tsxWorker(join(import.meta.dirname, 'hanging-worker.ts'));
const running = () => new AbortController().signal;

/** The summary as a save works it out, in this thread; null where the rules in force cannot read the profile. */
function direct(profile: Profile, ruleset: Ruleset): EvaluationSummary | null {
  try {
    return evaluationSummary(profile, ruleset);
  } catch {
    return null;
  }
}

/** A pool of 2 threads on the TypeScript worker that counts the threads it starts. */
function countingPool(): { pool: EvaluationPool; started: () => number } {
  let started = 0;
  const start = sourceWorker();
  const pool = new EvaluationPool(() => {
    started += 1;
    return start();
  }, 2);
  return { pool, started: () => started };
}

describe('the evaluation pool', () => {
  it.each([
    ['under the house rules', acmeRuleset],
    ['under the plain catalogue, profiles stamped with the rules among them', plainRuleset],
  ])('gives every profile of a varied library the summary a save gives it, %s', async (_, ruleset) => {
    const underRules = variedLibrary(acmeRuleset, 40);
    // Answers to the rules' questions without the stamp: the plain catalogue cannot read these.
    const unstamped = underRules.filter(({ houseRules }) => houseRules).map((profile) => ({ ...profile, houseRules: undefined }));
    const library = [...underRules, ...variedLibrary(plainRuleset, 40, 11), ...unstamped];
    const results = await new EvaluationPool(sourceWorker(), 2).run('summary', library, ruleset, { signal: running() });
    const expected = library.map((profile) => direct(profile, ruleset));
    expect(results).toEqual(expected);
    // The library covers what it claims to: every standing, profiles with no recommendation and unreadable ones.
    const standings = new Set(expected.map((summary) => summary?.decision ?? 'unreadable'));
    expect(standings).toEqual(new Set(ruleset.rules ? ['decided', 'stale', 'undecided'] : ['decided', 'stale', 'undecided', 'unreadable']));
    expect(expected.some((summary) => summary && summary.winner === null)).toBe(true);
  });

  it('gives every profile the portfolio table cells an evaluation in this thread gives, decisions and house rules included', async () => {
    const library = variedLibrary(acmeRuleset, 30).filter(({ houseRules }) => houseRules);
    const results = await new EvaluationPool(sourceWorker(), 2).run('portfolioCells', library, acmeRuleset, { signal: running() });
    expect(results).toEqual(library.map((profile) => workloadCells(profile, evaluateChecked(profile, acmeRuleset), acmeRuleset.effective)));
    expect(new Set(results.map((cells) => cells.at(-1)))).not.toEqual(new Set(['Undecided']));
  });

  it('keeps its threads loaded between runs: a second run starts none and gives the same results; close ends them', async () => {
    const { pool, started } = countingPool();
    const library = variedLibrary(plainRuleset, 150, 5); // two batches of distinct inputs: two threads
    const first = await pool.run('summary', library, plainRuleset, { signal: running() });
    expect(started()).toBe(2);
    expect(await pool.run('summary', library, plainRuleset, { signal: running() })).toEqual(first);
    expect(started()).toBe(2);
    await pool.close();
    expect(await pool.run('summary', library.slice(0, 3), plainRuleset, { signal: running() })).toEqual(first.slice(0, 3));
    expect(started()).toBe(3);
    await pool.close();
  });

  it('warms its threads up once: a run during the warm-up waits and takes them, starting none', async () => {
    const { pool, started } = countingPool();
    const warming = pool.warmUp(acmeRuleset);
    expect(pool.warmUp(plainRuleset)).toBe(warming);
    const library = variedLibrary(plainRuleset, 150, 5);
    const results = await pool.run('summary', library, plainRuleset, { signal: running() });
    expect(started()).toBe(2);
    expect(results).toEqual(library.map((profile) => direct(profile, plainRuleset)));
    await pool.close();
  });

  it('never holds up a run that is aborted, nor its close, with a warm-up that does not end', async () => {
    const pool = new EvaluationPool(hangingWorker, 1);
    const warmUp = pool.warmUp(plainRuleset);
    const controller = new AbortController();
    const run = pool.run('summary', variedLibrary(plainRuleset, 2), plainRuleset, { signal: controller.signal });
    controller.abort(new Error('Newer rules'));
    await expect(run).rejects.toThrow('Newer rules');
    await pool.close();
    await expect(warmUp).resolves.toBeUndefined();
  });

  it('does not warm up while a run is under way, and keeps no more threads than its size', async () => {
    const threads: Worker[] = [];
    let alive = 0;
    const start = sourceWorker();
    const pool = new EvaluationPool(() => {
      const thread = start();
      threads.push(thread);
      alive += 1;
      thread.once('exit', () => (alive -= 1));
      return thread;
    }, 2);
    const library = variedLibrary(plainRuleset, 150, 5);
    const run = pool.run('summary', library, plainRuleset, { signal: running() });
    await pool.warmUp(plainRuleset);
    await run;
    expect(threads).toHaveLength(2);
    // Two runs at once start two threads more; the pool keeps two, and the others end.
    await Promise.all([pool.run('summary', library, acmeRuleset, { signal: running() }), pool.run('summary', library, plainRuleset, { signal: running() })]);
    expect(threads).toHaveLength(4);
    await expect.poll(() => alive).toBe(2);
    await pool.close();
    await expect.poll(() => alive).toBe(0);
  });

  it('evaluates profiles that differ only in name, id, notes or times once: their inputs are one key', async () => {
    const library = variedLibrary(plainRuleset, 20);
    const groups = await groupByInputs(profileTasks.summary, library, running());
    expect(groups).toHaveLength(20);
    expect(groups.map(({ members }) => members)).toEqual(Array.from({ length: 20 }, (_, index) => [3 * index, 3 * index + 1, 3 * index + 2]));
  });

  it('reports progress after every batch, up to every profile', async () => {
    const library = variedLibrary(plainRuleset, 250);
    const progress: number[] = [];
    await new EvaluationPool(sourceWorker(), 2).run('summary', library, plainRuleset, { signal: running(), onProgress: (done) => progress.push(done) });
    expect(progress).toHaveLength(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(library.length);
  });

  it('stops a run aborted after its first batch, and rejects with the reason', async () => {
    const controller = new AbortController();
    const library = variedLibrary(plainRuleset, 400);
    const progress: number[] = [];
    const run = new EvaluationPool(sourceWorker(), 1).run('summary', library, plainRuleset, {
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        controller.abort(new Error('newer rules'));
      },
    });
    await expect(run).rejects.toThrow('newer rules');
    expect(progress).toEqual([300]);
  });

  it('fails the run when a worker crashes in the middle of a batch', async () => {
    const run = new EvaluationPool(crashingWorker, 2).run('summary', variedLibrary(plainRuleset, 10), plainRuleset, { signal: running() });
    await expect(run).rejects.toThrow('An evaluation worker stopped (exit code 3) in the middle of a batch.');
  });

  it('evaluates in this thread, with the same results, where workers cannot start', async () => {
    const library = variedLibrary(plainRuleset, 10);
    const pool = new EvaluationPool(tsxWorker(join(import.meta.dirname, 'no-such-worker.ts')), 2);
    expect(await pool.run('summary', library, plainRuleset, { signal: running() })).toEqual(library.map((profile) => direct(profile, plainRuleset)));
  });
});

describe('the restater on a pool whose worker crashes', () => {
  it('writes nothing of a batch it did not finish: the library keeps the summaries it had, and the run is no longer shown', async () => {
    const { store } = await openStore({ dir: await tempDir() });
    try {
      const library = variedLibrary(plainRuleset, 5);
      for (const profile of library) await store.save(profile, oldSummary);
      const restater = new Restater(store, new EvaluationPool(crashingWorker, 2));
      restater.start(acmeRuleset);
      await restater.idle();
      expect(store.list().map(({ winner, confidence, margin, decision }) => ({ winner, confidence, margin, decision }))).toEqual(library.map(() => oldSummary));
      expect(restater.progress).toBeNull();
    } finally {
      await store.close();
    }
  });
});

describe('the restater', () => {
  /** A store holding `distinct` × 3 varied profiles with an old summary; closed after `test`. */
  async function withLibrary(distinct: number, test: (store: ProfileStore, library: Profile[]) => Promise<void>): Promise<void> {
    const { store } = await openStore({ dir: await tempDir() });
    try {
      const library = variedLibrary(plainRuleset, distinct);
      await Promise.all(library.map((profile) => store.save(profile, oldSummary)));
      await test(store, library);
    } finally {
      await store.close();
    }
  }

  /** Calls `seen` before each write of restated summaries. */
  function watchWrites(store: ProfileStore, seen: (summaries: readonly RestatedSummary[]) => void): void {
    const write = store.restateSummaries.bind(store);
    store.restateSummaries = (summaries) => (seen(summaries), write(summaries));
  }

  function expectSummariesAsSaved(store: ProfileStore, library: readonly Profile[], ruleset: Ruleset): void {
    const written = new Map(store.list().map(({ id, winner, confidence, margin, decision }) => [id, { winner, confidence, margin, decision }]));
    for (const profile of library) {
      const { winner, confidence, margin, decision } = direct(profile, ruleset)!;
      expect(written.get(profile.id)).toEqual({ winner, confidence, margin, decision });
    }
  }

  it('writes the summaries a slice at a time, each slice one save, and every summary is the one a save gives', () =>
    withLibrary(4, async (store, library) => {
      const slices: number[] = [];
      watchWrites(store, (summaries) => slices.push(summaries.length));
      const restater = new Restater(store, new EvaluationPool(sourceWorker(), 2), 5);
      restater.start(acmeRuleset);
      await restater.idle();
      expect(slices).toEqual([5, 5, 2]);
      expectSummariesAsSaved(store, library, acmeRuleset);
    }));

  // 110 distinct inputs: two batches of the pool.
  it('writes the first slices while the threads still evaluate the rest', () =>
    withLibrary(110, async (store, library) => {
      const restater = new Restater(store, new EvaluationPool(sourceWorker(), 1), 50);
      const doneAtWrites: number[] = [];
      watchWrites(store, () => doneAtWrites.push(restater.progress?.done ?? -1));
      restater.start(acmeRuleset);
      await restater.idle();
      expect(doneAtWrites[0]).toBeLessThan(library.length);
      expectSummariesAsSaved(store, library, acmeRuleset);
    }));

  it('stops between slices when the rules change again: the newer run writes every summary', () =>
    withLibrary(4, async (store, library) => {
      const restater = new Restater(store, new EvaluationPool(sourceWorker(), 2), 5);
      const slices: string[] = [];
      watchWrites(store, () => {
        slices.push(slices.length === 0 ? 'first slice, then the rules change' : 'slice');
        if (slices.length === 1) restater.start(plainRuleset);
      });
      restater.start(acmeRuleset);
      await restater.idle();
      expect(slices).toEqual(['first slice, then the rules change', 'slice', 'slice', 'slice']);
      expectSummariesAsSaved(store, library, plainRuleset);
    }));
});
