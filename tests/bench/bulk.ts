import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Handlers } from '../../electron/handlers';
import { openStore } from '../../electron/store';
import type { AnswerManyResult, Outcome } from '../../shared/api';
import { catalog } from '../../shared/catalog';
import type { Profile } from '../../shared/profile';
import { quantile } from './stats';
import { benchHandlers, benchPool } from './bench-app';

const context = { 'hosting-environment': 'on-prem-hypervisor', 'existing-platform': 'kubernetes', licensing: 'open', 'code-trust': 'own' };
const summary = { winner: 'container', confidence: 'high', margin: 10, decision: 'undecided' } as const;

/** A server from an inventory whose OS question the import left open (a Windows Server 2019 guest, say). */
function serverProfile(index: number): Profile {
  const now = '2026-01-01T00:00:00.000Z';
  const notes = 'Imported from RVTools.\nNot inferred: os-needs (Windows Server 2019 or later: whether it runs in a Windows container is not in the data)';
  return { id: randomUUID(), name: `srv-sql-${index}`, catalogVersion: catalog.version, answers: context, weightOverrides: {}, notes, revisit: [], createdAt: now, updatedAt: now };
}

async function call(handlers: Handlers, channel: 'profiles.answerMany' | 'profiles.undoAnswerMany', arg: unknown): Promise<AnswerManyResult> {
  const outcome = (await handlers[channel](arg)) as Outcome<AnswerManyResult>;
  if (!outcome.ok) throw new Error(`${channel} failed: ${outcome.error.message}`);
  return outcome.value;
}

/** Medians over `runs` of one open question answered for `count` profiles through the handler, and of its undo (open again). */
async function measure(count: number, runs: number): Promise<{ answer: number; undo: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'bulk-bench-'));
  const { store } = await openStore({ dir });
  const { rules, handlers } = benchHandlers(store, dir);
  try {
    await rules.restated();
    const profiles = Array.from({ length: count }, (_, index) => serverProfile(index));
    await Promise.all(profiles.map((profile) => store.save(profile, summary)));
    const ids = profiles.map((profile) => profile.id);
    const times = { answer: [] as number[], undo: [] as number[] };
    for (let run = 0; run < runs; run += 1) {
      let start = performance.now();
      const result = await call(handlers, 'profiles.answerMany', { ids, questionId: 'os-needs', answerId: 'windows-containerizable' });
      times.answer.push(performance.now() - start);
      if (result.changed.length !== count) throw new Error(`changed ${result.changed.length} of ${count}`);
      start = performance.now();
      await call(handlers, 'profiles.undoAnswerMany', { token: result.undo });
      times.undo.push(performance.now() - start);
    }
    const median = (list: number[]) => quantile(list.sort((a, b) => a - b), 0.5);
    return { answer: median(times.answer), undo: median(times.undo) };
  } finally {
    await rules.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prints the medians of answering one question for 1,000 and for 10,000 profiles, and of undoing it. */
export async function benchBulk(): Promise<void> {
  console.log(`bulk answer through the handler (evaluated on the evaluation pool, ${benchPool().worker}; one batch save; medians of 3 runs)`);
  for (const count of [1_000, 10_000]) {
    const { answer, undo } = await measure(count, 3);
    const each = (ms: number) => `${(ms / count).toFixed(2)} ms a profile`;
    console.log(`  ${count.toLocaleString('en')} profiles: answer ${(answer / 1000).toFixed(1)} s (${each(answer)}), undo ${(undo / 1000).toFixed(1)} s (${each(undo)})`);
  }
}
