import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RulesDesk } from '../../electron/rules/desk';
import { openStore } from '../../electron/store';
import type { Profile } from '../../shared/profile';
import { parseProfileFile } from '../../shared/profile-file';
import { quantile } from './stats';
import type { Handlers } from '../../electron/handlers';
import { benchHandlers } from './bench-app';

const examplesDir = 'assets/examples';
const count = 1_000;
const runs = 5;

/** The shipped example profiles, as a user who imports them has them. */
function exampleProfiles(): Profile[] {
  return readdirSync(examplesDir)
    .filter((name) => name.endsWith('.hostwise'))
    .flatMap((name) => {
      const parsed = parseProfileFile(readFileSync(join(examplesDir, name)));
      return parsed.ok ? parsed.profiles : [];
    });
}

/** Opens the example rules (as a drop on the Rules screen does) and times the preview that follows; returns ms and how many change. */
async function timedPreview(handlers: Handlers, base64: string): Promise<{ ms: number; changed: number }> {
  await handlers['rules.open']({ source: 'file', name: 'acme.hostwise-rules.json', base64 });
  const start = performance.now();
  const outcome = await handlers['rules.preview']({ change: 'candidate' });
  const ms = performance.now() - start;
  if (!outcome.ok) throw new Error(`rules.preview failed: ${outcome.error.message}`);
  return { ms, changed: (outcome.value as { changed: unknown[] }).changed.length };
}

/**
 * `rules.preview` over a library of 1,000 saved profiles in a real store: from the request to the list of changed
 * recommendations, through the real handler (the Acme example rules under review). Target: under 1 s. Printed:
 * the first preview after a start, cold (every profile evaluated under the rules in force and under the file) and
 * as a user meets it (the Rules screen, opened first, has the outcomes under the rules in force worked out in the
 * background while the user picks a file); then the median over a file opened anew each run.
 */
export async function benchRulesPreview(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'hostwise-bench-rules-'));
  const { store } = await openStore({ dir });
  const desks: RulesDesk[] = [];
  try {
    const examples = exampleProfiles();
    const summary = { winner: 'vm', confidence: 'high', margin: 10, decision: 'undecided' } as const;
    await Promise.all(
      Array.from({ length: count }, (_, index) => store.save({ ...examples[index % examples.length]!, id: randomUUID(), name: `Workload ${index}` }, summary)),
    );
    const base64 = readFileSync(join(examplesDir, 'acme-platform.hostwise-rules.json')).toString('base64');

    const cold = benchHandlers(store, dir);
    desks.push(cold.rules);
    await cold.rules.restated(); // the seeded summaries are evaluated once at start, before anything is timed
    const first = await timedPreview(cold.handlers, base64);
    const durations: number[] = [];
    for (let run = 0; run < runs; run += 1) durations.push((await timedPreview(cold.handlers, base64)).ms);

    const warm = benchHandlers(store, dir);
    desks.push(warm.rules);
    await warm.handlers['rules.get'](null);
    await warm.rules.warmedUp();
    const afterScreen = await timedPreview(warm.handlers, base64);

    const median = quantile(durations.sort((a, b) => a - b), 0.5);
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    console.log(`rules.preview over ${count.toLocaleString('en')} saved profiles, ${first.changed} change (target < 1,000 ms):`);
    console.log(`  first preview after a start, cold (every profile evaluated twice)   ${ms(first.ms)}`);
    console.log(`  first preview after a start, the Rules screen opened before          ${ms(afterScreen.ms)}`);
    console.log(`  a newly opened file, median of ${runs} runs                            ${ms(median)}  (${(median / count).toFixed(2)} ms a profile)`);
  } finally {
    await Promise.all(desks.map((desk) => desk.close()));
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}
