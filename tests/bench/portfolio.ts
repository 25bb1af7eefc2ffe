import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPortfolio } from '../../electron/handlers/portfolio';
import { openStore } from '../../electron/store';
import type { EvaluationSummary } from '../../electron/store';
import { optionIds } from '../../shared/catalog/types';
import type { Profile } from '../../shared/profile';
import { readPdf } from '../e2e/pdf';
import { withBenchApp } from './browser';
import { examples } from './pdf';
import { quantile, time } from './stats';

/** `count` workloads in groups of about 25: the examples under new ids, each missing some answers so their open questions differ. */
function estate(profiles: Profile[], count: number): Profile[] {
  return Array.from({ length: count }, (_, n) => {
    const example = profiles[n % profiles.length]!;
    const answers = Object.fromEntries(Object.entries(example.answers).filter((_, index) => (index + n) % 7 !== 0));
    return { ...example, id: randomUUID(), name: `Workload ${n + 1}`, group: `Application ${Math.floor(n / 25) + 1}`, answers };
  });
}

/** The summary of a saved workload without evaluating it, open questions included, varied by `n`. */
function summaryOf(n: number): EvaluationSummary {
  const open = ['hosting-environment', 'os-needs', 'licensing', 'code-trust', 'availability', 'compliance', 'workload-type'];
  return {
    winner: n % 5 === 0 ? null : optionIds[n % optionIds.length]!,
    confidence: n % 5 === 0 ? null : (['high', 'moderate', 'low'] as const)[n % 3]!,
    margin: n % 5 === 0 ? null : (n % 17) + 0.5,
    decision: n % 4 === 0 ? 'decided' : 'undecided',
    openQuestions: Object.fromEntries(
      open.filter((_, index) => (index + n) % 3 !== 0).map((id, index) => [id, { changesLeader: ((index + n) % 4) / 4 + 0.25, decisive: n % 5 === 0 && index === 0 }]),
    ),
  };
}

/** portfolio.get over 10,000 saved workloads: read from the stored summaries, counted and ranked, and its payload. */
async function benchPortfolioGet(profiles: Profile[]): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'hostwise-bench-portfolio-'));
  try {
    const { store } = await openStore({ dir });
    await Promise.all(estate(profiles, 10_000).map((profile, n) => store.save(profile, summaryOf(n))));
    const sorted = time(() => readPortfolio(store), { warmUp: 2, runs: 9 });
    const payload = JSON.stringify(readPortfolio(store)).length;
    console.log(`  portfolio.get (10,000 workloads): median ${quantile(sorted, 0.5).toFixed(0)} ms  max ${sorted.at(-1)!.toFixed(0)} ms  (${sorted.length} runs); payload ${(payload / 1e6).toFixed(2)} MB`);
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The portfolio summary PDF of 1,000 workloads saved in a real store, printed by the test host's Chromium. */
async function benchPortfolioPdf(profiles: Profile[]): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'hostwise-bench-portfolio-pdf-'));
  try {
    await withBenchApp(async ({ host }) => {
      const items = estate(profiles, 1_000).map((profile) => ({ profile, decision: 'add' as const }));
      const imported = await host.handlers['import.apply']({ items });
      if (!imported.ok) throw new Error(imported.error.message);
      const durations: number[] = [];
      for (let n = 0; n < 4; n += 1) {
        const path = join(folder, `portfolio-${n}.pdf`);
        host.dialogs.answerSave(path);
        const start = performance.now();
        const outcome = await host.handlers['export.portfolioPdf']({ paper: 'A4' });
        if (!outcome.ok) throw new Error(outcome.error.message);
        // The first print warms Chromium up; the median is of the three after it.
        if (n > 0) durations.push(performance.now() - start);
      }
      const sorted = durations.sort((a, b) => a - b);
      const last = join(folder, 'portfolio-3.pdf');
      const bytes = (await stat(last)).size;
      const pdf = await readPdf(last);
      await pdf.renderPages(join('test-results', 'bench-portfolio-summary'), { dpi: 60 });
      console.log(`  portfolio summary PDF (1,000 workloads): median ${quantile(sorted, 0.5).toFixed(0)} ms (target ≤ 5000)  max ${sorted.at(-1)!.toFixed(0)} ms  (${sorted.length} runs); ${pdf.pages} pages, ${(bytes / 1024).toFixed(0)} KB (pages in test-results/bench-portfolio-summary-*.png)`);
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The portfolio: its read for 10,000 workloads, and its summary PDF for 1,000. */
export async function benchPortfolio(): Promise<void> {
  const profiles = await examples();
  console.log('Portfolio (from the stored summaries; nothing is evaluated)');
  await benchPortfolioGet(profiles);
  await benchPortfolioPdf(profiles);
}
