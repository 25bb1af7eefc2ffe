import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../electron/store';
import { sha256 } from '../../electron/store/integrity';
import { loadSqlEngine, SqlDb } from '../../electron/store/sqlite';
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

async function timeAsync(runs: number, run: () => Promise<unknown>): Promise<number> {
  const durations: number[] = [];
  for (let n = 0; n < runs; n += 1) {
    const start = performance.now();
    await run();
    durations.push(performance.now() - start);
  }
  return quantile(durations.sort((a, b) => a - b), 0.5);
}

interface Figures {
  count: number;
  megabytes: number;
  open: number;
  save: number;
  exportMs: number;
  hashMs: number;
}

/** Fills a store with `count` profiles in one burst (coalesced writes), then times open and one durable save. */
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
    const save = await timeAsync(runs, () => store.save({ ...edited, notes: `edit ${(version += 1)}` }, summary));
    await store.close();

    const bytes = await readFile(join(dir, 'profiles.db'));
    const db = SqlDb.open(await loadSqlEngine(), bytes);
    const exportMs = await timeAsync(runs, async () => db.export());
    db.close();
    const hashMs = await timeAsync(runs, async () => sha256(bytes));
    return { count, megabytes: bytes.length / 1e6, open, save, exportMs, hashMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prints medians of opening a store and of one durable save, at 1,000 and 10,000 stored profiles. */
export async function benchStore(): Promise<void> {
  const small = await measure(1_000, 7);
  const large = await measure(10_000, 5);
  console.log('store (sql.js, whole-database export per save; medians)');
  for (const f of [small, large]) {
    console.log(
      `  ${f.count.toLocaleString('en')} profiles (${f.megabytes.toFixed(1)} MB): open ${f.open.toFixed(1)} ms, durable save ${f.save.toFixed(1)} ms` +
        ` (of which export ${f.exportMs.toFixed(1)} ms, SHA-256 ${f.hashMs.toFixed(1)} ms)`,
    );
  }
  console.log(`  ratio 10,000 / 1,000: open ${(large.open / small.open).toFixed(1)}×, save ${(large.save / small.save).toFixed(1)}×, size ${(large.megabytes / small.megabytes).toFixed(1)}×`);
  console.log('  targets: open ≤ 300 ms at 10,000; save ≤ 50 ms at 1,000 and ≤ 250 ms at 10,000');
}
