import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArgOf } from '../../shared/api';
import { openStorePorts } from '../../electron/backend';
import { sourceWorker } from '../../electron/evaluation';
import { nodeFiles } from '../../electron/files';
import { createHandlers, type Handlers } from '../../electron/handlers';
import { ScriptedDialogs } from '../e2e/host/dialogs';
import { examples } from './pdf';
import { quantile } from './stats';

const profileCount = 1_000;
const runs = 3;

type Format = ArgOf<'export.portfolio'>['format'];

/**
 * Wall-clock and CPU durations (the process's user + system time, which the shared machine's load inflates far
 * less) of `runs` exports of the table through the handler (evaluate each profile, build, write durably), sorted.
 */
async function timeExports(handlers: Handlers, dialogs: ScriptedDialogs, ids: string[], format: Format, folder: string) {
  const wall: number[] = [];
  const cpu: number[] = [];
  const path = join(folder, `portfolio.${format}`);
  for (let n = 0; n < runs; n += 1) {
    dialogs.answerSave(path);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const outcome = await handlers['export.portfolio']({ ids, format });
    const { user, system } = process.cpuUsage(cpuStart);
    wall.push(performance.now() - start);
    cpu.push((user + system) / 1000);
    if (!outcome.ok) throw new Error(outcome.error.message);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b), bytes: (await stat(path)).size };
}

/** The library's table export of 1,000 profiles, CSV and XLSX, through the real handlers, store and file port. */
export async function benchExport(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'hostwise-bench-export-'));
  const app = await openStorePorts(join(folder, 'data'), sourceWorker());
  try {
    const dialogs = new ScriptedDialogs();
    const printer = { printReport: () => Promise.reject(new Error('This benchmark prints nothing.')) };
    const handlers = createHandlers({ ...app.ports, dialogs, files: nodeFiles, printer });
    const shown = await examples();
    const profiles = Array.from({ length: profileCount }, (_, n) => ({ ...shown[n % shown.length]!, id: randomUUID(), name: `Workload ${n + 1}` }));
    const imported = await handlers['import.apply']({ items: profiles.map((profile) => ({ profile, decision: 'add' })) });
    if (!imported.ok) throw new Error(imported.error.message);
    const ids = profiles.map((profile) => profile.id);
    console.log(`Table export of ${profileCount.toLocaleString('en-US')} profiles through export.portfolio (evaluate each in full, build the table, durable write)`);
    console.log(`  (load average ${loadavg()[0]!.toFixed(1)}: the wall-clock time of the evaluations, most of the work, grows with it)`);
    for (const format of ['csv', 'xlsx'] as const) {
      const { wall, cpu, bytes } = await timeExports(handlers, dialogs, ids, format, folder);
      console.log(
        `  ${format.toUpperCase().padEnd(5)} median ${quantile(wall, 0.5).toFixed(0)} ms  max ${wall.at(-1)!.toFixed(0)} ms  CPU median ${quantile(cpu, 0.5).toFixed(0)} ms  (${runs} runs, ${(bytes / 1e3).toFixed(0)} kB)`,
      );
    }
  } finally {
    await app.close();
    await rm(folder, { recursive: true, force: true });
  }
}
