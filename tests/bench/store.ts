import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../electron/store';
import type { Profile } from '../../shared/profile';
import { quantile } from './stats';

const topics = ['kernel', 'isolation', 'scaling', 'startup', 'state', 'network', 'storage', 'compliance', 'gpu', 'licensing'];

/** A profile of realistic size (about 1.8 KB of JSON): twenty answers, a few overrides, a paragraph of notes. */
function realisticProfile(index: number): Profile {
  const answers = Object.fromEntries(
    Array.from({ length: 20 }, (_, q) => [`${topics[q % topics.length]}-question-${q}`, `${topics[(q + index) % topics.length]}-answer-${q % 3}`]),
  );
  return {
    id: randomUUID(),
    name: `Workload ${index}: order service on the shared cluster`,
    catalogVersion: 1,
    answers,
    weightOverrides: { isolation: 35, performance: 20, 'resource-efficiency': 10 },
    notes: `Workload ${index}. `.padEnd(700, 'Stateless HTTP service with bursty traffic, deployed by CI several times a day. '),
    revisit: ['gpu-question-8'],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

const summary = { winner: 'container', confidence: 'high', margin: 14.2, decision: 'undecided' } as const;

/** The median of `runs` measurements, each in ms. */
async function median(runs: number, measure: () => Promise<number>): Promise<number> {
  const durations: number[] = [];
  for (let n = 0; n < runs; n += 1) durations.push(await measure());
  return quantile(durations.sort((a, b) => a - b), 0.5);
}

function timeAsync(runs: number, run: () => Promise<unknown>): Promise<number> {
  return median(runs, async () => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  });
}

interface Figures {
  count: number;
  megabytes: number;
  open: number;
  save: number;
  compaction: number;
}

/**
 * Fills a store with `count` profiles in one burst (coalesced writes), then times open, one durable save
 * (a journal record) and one compaction (the whole-file write that a full journal or close triggers).
 */
async function measure(count: number, runs: number): Promise<Figures> {
  const dir = await mkdtemp(join(tmpdir(), 'hostwise-bench-'));
  try {
    const profiles = Array.from({ length: count }, (_, index) => realisticProfile(index));
    const filling = await openStore({ dir });
    await Promise.all(profiles.map((profile) => filling.store.save(profile, summary)));
    await filling.store.close();

    const open = await timeAsync(runs, async () => (await openStore({ dir })).store.close());
    const { store } = await openStore({ dir });
    const edited = profiles[0]!;
    let version = 0;
    const save = await timeAsync(runs * 4, () => store.save({ ...edited, notes: `edit ${(version += 1)}` }, summary));
    await store.close();

    const compaction = await median(runs, async () => {
      const opened = await openStore({ dir, journalLimit: 0 });
      await opened.store.save({ ...edited, notes: `edit ${(version += 1)}` }, summary);
      const start = performance.now();
      await opened.store.settled();
      const elapsed = performance.now() - start;
      await opened.store.close();
      return elapsed;
    });
    const megabytes = (await readFile(join(dir, 'profiles.db'))).length / 1e6;
    return { count, megabytes, open, save, compaction };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prints medians of opening a store, of one durable save and of one compaction, at 10 and 10,000 stored profiles. */
export async function benchStore(): Promise<void> {
  // The large store first, so the small one is not measured while the JIT is still cold.
  const large = await measure(10_000, 5);
  const small = await measure(10, 7);
  console.log('store (sql.js; a save appends one journal record, compaction writes the whole file off the save path; medians)');
  for (const f of [small, large]) {
    console.log(
      `  ${f.count.toLocaleString('en')} profiles (${f.megabytes.toFixed(1)} MB): open ${f.open.toFixed(1)} ms, durable save ${f.save.toFixed(1)} ms,` +
        ` compaction ${f.compaction.toFixed(1)} ms`,
    );
  }
  console.log(`  ratio 10,000 / 10: durable save ${(large.save / small.save).toFixed(1)}×, open ${(large.open / small.open).toFixed(1)}×`);
  console.log('  targets: durable save ≤ 10 ms at 10,000 and about the same at 10; open ≤ 300 ms at 10,000');
}
