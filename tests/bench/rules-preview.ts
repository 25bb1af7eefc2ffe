import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFiles } from '../../electron/files';
import { createHandlers } from '../../electron/handlers';
import { RulesDesk } from '../../electron/rules/desk';
import { openStore } from '../../electron/store';
import type { Profile } from '../../shared/profile';
import { parseProfileFile } from '../../shared/profile-file';
import { ScriptedDialogs } from '../e2e/host/dialogs';
import { quantile } from './stats';

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

/**
 * `rules.preview` over a library of 1,000 saved profiles in a real store: from the request to the list of changed
 * recommendations, through the real handler (the Acme example rules under review). Target: under 1 s. The
 * figure is the median over a file opened anew each run; the very first preview, which also evaluates every
 * profile under the rules in force, is printed beside it.
 */
export async function benchRulesPreview(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'hostwise-bench-rules-'));
  const { store } = await openStore({ dir });
  const rules = new RulesDesk(store, nodeFiles);
  try {
    const examples = exampleProfiles();
    const summary = { winner: 'vm', confidence: 'high', margin: 10, decision: 'undecided' } as const;
    await Promise.all(
      Array.from({ length: count }, (_, index) => store.save({ ...examples[index % examples.length]!, id: randomUUID(), name: `Workload ${index}` }, summary)),
    );
    const handlers = createHandlers({
      store,
      rules,
      storeStatus: { readOnly: false, notice: null, dataFolder: dir },
      dialogs: new ScriptedDialogs(),
      files: nodeFiles,
      printer: { printReport: () => Promise.reject(new Error('No printing in this bench.')) },
      newId: randomUUID,
    });
    const base64 = readFileSync(join(examplesDir, 'acme-platform.hostwise-rules.json')).toString('base64');
    const durations: number[] = [];
    let changed = 0;
    // Each run opens the file again, as a user does: the rules under review are evaluated anew every time; the
    // outcomes under the rules in force are known from the first preview on.
    for (let run = 0; run <= runs; run += 1) {
      await handlers['rules.open']({ source: 'file', name: 'acme.hostwise-rules.json', base64 });
      const start = performance.now();
      const outcome = await handlers['rules.preview']({ change: 'candidate' });
      durations.push(performance.now() - start);
      if (!outcome.ok) throw new Error(`rules.preview failed: ${outcome.error.message}`);
      changed = (outcome.value as { changed: unknown[] }).changed.length;
    }
    const [first, ...later] = durations;
    const median = quantile(later.sort((a, b) => a - b), 0.5);
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    console.log(`rules.preview over ${count.toLocaleString('en')} saved profiles, ${changed} change (target < 1,000 ms):`);
    console.log(`  first preview (every profile evaluated twice)    ${ms(first!)}`);
    console.log(`  a newly opened file, median of ${runs} runs          ${ms(median)}  (${(median / count).toFixed(2)} ms a profile)`);
  } finally {
    await rules.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}
