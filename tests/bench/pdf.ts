import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Profile } from '../../shared/profile';
import { parseProfileFile } from '../../shared/profile-file';
import { withBenchApp, type BenchApp } from './browser';
import { quantile } from './stats';

/** The example profiles of assets/examples, parsed. */
export async function examples(): Promise<Profile[]> {
  const names = ['multi-tenant-saas', 'stateless-web-api', 'legacy-windows-erp', 'gpu-training-pipeline', 'edge-iot-gateways', 'regulated-payments'];
  return Promise.all(
    names.map(async (name) => {
      const parsed = parseProfileFile(await readFile(`assets/examples/${name}.hostwise`));
      if (!parsed.ok) throw new Error(parsed.error.message);
      return parsed.profiles[0]!;
    }),
  );
}

/** Twenty workloads: the examples again under new ids. */
function portfolio(profiles: Profile[]): Profile[] {
  return Array.from({ length: 20 }, (_, n) => ({ ...profiles[n % profiles.length]!, id: randomUUID(), name: `Workload ${n + 1}` }));
}

async function timeExport({ host }: BenchApp, ids: string[], runs: number, folder: string): Promise<number[]> {
  const durations: number[] = [];
  for (let n = 0; n < runs; n += 1) {
    host.dialogs.answerSave(join(folder, `report-${n}.pdf`));
    const start = performance.now();
    const outcome = await host.handlers['export.pdf']({ ids, paper: 'A4' });
    durations.push(performance.now() - start);
    if (!outcome.ok) throw new Error(outcome.error.message);
  }
  return durations.sort((a, b) => a - b);
}

/** PDF export through the real handlers and Chromium's printer: one full report, and a 20-profile portfolio. */
export async function benchPdf(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'hostwise-bench-pdf-'));
  try {
    await withBenchApp(async (app) => {
      const [first, ...rest] = await examples();
      const workloads = portfolio([first!, ...rest]);
      for (const profile of [first!, ...workloads]) await app.host.handlers['profiles.save']({ profile });
      await timeExport(app, [first!.id], 1, folder); // warm-up
      const single = await timeExport(app, [first!.id], 7, folder);
      const many = await timeExport(app, workloads.map((p) => p.id), 3, folder);
      const line = (label: string, sorted: number[]) =>
        `  ${label.padEnd(40)} median ${quantile(sorted, 0.5).toFixed(0)} ms  max ${sorted.at(-1)!.toFixed(0)} ms  (${sorted.length} runs)`;
      console.log('PDF export (print in Chromium, attach the profile file, durable write)');
      console.log(line('full report of one profile', single));
      console.log(line('portfolio report of 20 profiles', many));
      console.log(`  per profile in the portfolio ${(quantile(many, 0.5) / 20).toFixed(0)} ms`);
      console.log(`single-profile report PDF: median ${quantile(single, 0.5).toFixed(0)} ms (target ≤ 1000)`);
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
