import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { openStorePorts } from '../../electron/backend';
import { startBrowserMode } from '../../electron/browser/mode';
import { sourceWorker } from '../../electron/evaluation';
import type { ProfileStore } from '../../electron/store';
import { optionIds } from '../../shared/catalog';
import type { Confidence } from '../../shared/engine/types';
import { profile } from '../e2e/workspace-helpers';
import { rendererBuild, requireRendererBuild, withBenchApp, type BenchApp } from './browser';
import { examples } from './pdf';
import { loadProbe, probeScript, type LoadTimes, type ProbeWindow, type SlideTimes } from './renderer-probe';
import { quantile } from './stats';

const viewport = { width: 1440, height: 900 };
const confidences: Confidence[] = ['high', 'moderate', 'low'];
const workload = (n: number) => `Workload ${String(n).padStart(5, '0')}`;
/** The name the load probe types into the filter: it matches one profile. */
const filterText = workload(7);

/** Saves workloads from…to-1 straight into the store, with varied recommendations as the library lists them. */
async function seedLibrary(store: ProfileStore, from: number, to: number): Promise<void> {
  const saves: Promise<unknown>[] = [];
  for (let n = from; n < to; n += 1) {
    const summary = { winner: optionIds[n % optionIds.length]!, confidence: confidences[n % confidences.length]!, margin: (n % 40) / 2, decision: 'undecided' as const };
    saves.push(store.save(profile(workload(n)), summary));
  }
  await Promise.all(saves);
}

async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function openPage(context: BrowserContext, url: string, script: string): Promise<Page> {
  const page = await context.newPage();
  // A broken build shows here rather than as a timeout only.
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  await page.setViewportSize(viewport);
  await page.addInitScript({ content: script });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

interface Loads {
  cold: LoadTimes;
  warm: LoadTimes[];
}

/** Loads the library of `rows` at `url` `runs + 1` times, each in a fresh page; the first (cold) load is returned apart. */
async function timeLoads(context: BrowserContext, url: string, rows: number, runs: number): Promise<Loads> {
  const loads: LoadTimes[] = [];
  for (let n = 0; n <= runs; n += 1) {
    const page = await openPage(context, url, loadProbe(rows, filterText, 1));
    loads.push(await within(60_000, `loading ${rows} profiles`, page.evaluate(() => (window as unknown as ProbeWindow).__hwBench.loading)));
    await page.close();
  }
  const [cold, ...warm] = loads;
  return { cold: cold!, warm };
}

/** The profiles.list handler alone, in Node: the part of the round trip Electron's IPC would also pay. */
async function timeListHandler({ host }: BenchApp): Promise<number> {
  const runs: number[] = [];
  for (let n = 0; n < 3; n += 1) {
    const start = performance.now();
    await host.handlers['profiles.list'](null);
    runs.push(performance.now() - start);
  }
  return median(runs);
}

/**
 * The library of `rows` profiles in the browser mode, as `npm run start:browser` runs it: the real loopback server
 * (token, cookie, guard) over a data folder of its own, every call over HTTP, loaded `runs + 1` times.
 */
async function timeBrowserModeLoads(browser: Browser, rows: number, runs: number): Promise<Loads> {
  const dataFolder = await mkdtemp(join(tmpdir(), 'hostwise-bench-browser-'));
  try {
    const seeding = await openStorePorts(dataFolder, sourceWorker());
    await seeding.ports.rules.restated(); // the empty library's summaries basis is written: nothing is restated at start
    await seedLibrary(seeding.ports.store, 0, rows);
    await seeding.close();
    const mode = await startBrowserMode({ dataFolder, rendererRoot: rendererBuild });
    const context = await browser.newContext();
    try {
      const entry = await context.newPage();
      await entry.goto(mode.entryUrl); // the token becomes the session's cookie
      await entry.close();
      return await timeLoads(context, new URL('/', mode.entryUrl).href, rows, runs);
    } finally {
      await context.close();
      await mode.stop();
    }
  } finally {
    await rm(dataFolder, { recursive: true, force: true });
  }
}

/**
 * Moves the weight sliders of one profile `samples` times, one slider after another, each change settled. The
 * analysis pane is scrolled first so the contributions chart sits just under the weights, as an architect
 * watching it while sliding would have it; the probe checks that the slider and the chart are on screen.
 */
async function timeSlider(app: BenchApp, id: string, samples: number): Promise<SlideTimes[]> {
  const page = await openPage(app.context, `${app.appUrl}#/profile/${id}`, probeScript);
  await page.locator('.hwa-chart-contributions .recharts-wrapper > svg.recharts-surface').waitFor();
  // The first-run notice ("a new, empty library") takes the height a chart needs under nine docked sliders.
  const notice = page.getByRole('complementary', { name: 'Store notice' });
  if (await notice.isVisible()) await notice.getByRole('button', { name: 'Dismiss' }).click();
  await page.evaluate(() => (window as unknown as ProbeWindow).__hwBench.watchContributions());
  const slide = (n: number) =>
    within(10_000, 'weight slider', page.evaluate(([index, value]) => (window as unknown as ProbeWindow).__hwBench.slide(index, value, 150), [n, 0.5 + ((n * 7) % 45) / 10] as const));
  for (let n = 0; n < 5; n += 1) await slide(n); // warm-up
  const times: SlideTimes[] = [];
  for (let n = 5; n < samples + 5; n += 1) times.push(await slide(n));
  await page.close();
  return times;
}

interface Phase {
  name: string;
  longTasks: number[];
  note?: string;
}

/** Long tasks on the library of `rows` profiles while scrolling, typing in the filter, sorting and selecting. */
async function libraryPhases(app: BenchApp, rows: number): Promise<Phase[]> {
  const page = await openPage(app.context, app.appUrl, probeScript);
  const probe = {
    settled: (count: number) => within(60_000, `the table of ${count} rows`, page.evaluate((c) => (window as unknown as ProbeWindow).__hwBench.settled(c), count)),
    longTasks: () => page.evaluate(() => (window as unknown as ProbeWindow).__hwBench.takeLongTasks()),
  };
  await probe.settled(rows);
  await probe.longTasks();
  const phases: Phase[] = [];

  const scroll = await within(120_000, 'scrolling', page.evaluate((r) => (window as unknown as ProbeWindow).__hwBench.scrollThrough(r), rows));
  phases.push({ name: 'scroll top to bottom', longTasks: await probe.longTasks(), note: `${scroll.steps} steps, longest frame ${scroll.longestFrame.toFixed(0)} ms` });

  const filter = page.getByRole('searchbox', { name: 'Filter' });
  await filter.pressSequentially(workload(rows - 2), { delay: 50 });
  await probe.settled(1);
  await filter.press('Control+A');
  await filter.press('Backspace');
  await probe.settled(rows);
  phases.push({ name: 'type a name in the filter, clear it', longTasks: await probe.longTasks() });

  const table = page.getByRole('table', { name: 'Saved profiles' });
  for (const [column, order] of [['Name', 'ascending'], ['Name', 'descending'], ['Recommendation', 'ascending']] as const) {
    const header = table.getByRole('columnheader', { name: column });
    await header.getByRole('button').click();
    await within(30_000, `sorting by ${column}`, header.and(page.locator(`[aria-sort="${order}"]`)).waitFor());
    await probe.settled(rows);
  }
  phases.push({ name: 'sort by name (both ways), by recommendation', longTasks: await probe.longTasks() });

  await page.getByRole('checkbox', { name: 'Select all profiles' }).check();
  await within(30_000, 'selecting all', page.getByText(`profiles shown, ${rows.toLocaleString('en')} selected`).waitFor());
  await page.getByRole('checkbox', { name: 'Select all profiles' }).uncheck();
  await probe.settled(rows);
  phases.push({ name: 'select all, then none', longTasks: await probe.longTasks() });
  await page.close();
  return phases;
}

/** The renderer's JavaScript, raw and gzip -9 (node:zlib gzipSync, level 9); the wasm files apart. */
async function bundleSize(): Promise<{ files: number; raw: number; gzip: number; wasm: number }> {
  const assets = join(rendererBuild, 'assets');
  const names = await readdir(assets);
  const js = await Promise.all(names.filter((name) => name.endsWith('.js')).map((name) => readFile(join(assets, name))));
  const wasm = await Promise.all(names.filter((name) => name.endsWith('.wasm')).map((name) => readFile(join(assets, name))));
  const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0);
  return {
    files: js.length,
    raw: sum(js.map((bytes) => bytes.length)),
    gzip: sum(js.map((bytes) => gzipSync(bytes, { level: 9 }).length)),
    wasm: sum(wasm.map((bytes) => bytes.length)),
  };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const median = (values: readonly number[]) => quantile([...values].sort((a, b) => a - b), 0.5);
const verdict = (value: number, target: number) => (value <= target ? 'PASS' : 'MISS');

function line(label: string, values: readonly number[], target?: { q: number; ms: number }): string {
  const sorted = [...values].sort((a, b) => a - b);
  label = label.padEnd(62);
  const figures = `median ${ms(quantile(sorted, 0.5))}  p95 ${ms(quantile(sorted, 0.95))}  max ${ms(sorted.at(-1)!)}  (${sorted.length} runs)`;
  if (!target) return `  ${label} ${figures}`;
  const measured = quantile(sorted, target.q);
  const which = target.q === 0.5 ? 'median' : `p${target.q * 100}`;
  return `  ${label} ${figures}  target ${which} ≤ ${ms(target.ms)}: ${verdict(measured, target.ms)}`;
}

/** The longest main-thread task any load may have: what the Long Tasks API reports is over 50 ms. */
const longTaskTarget = 50;

/** Where a load's calls went: through the test harness's binding (with the handler's own time in Node) or over HTTP. */
type Transport = { kind: 'harness'; handler: number } | { kind: 'http' };

/**
 * The loads' figures; `target` (ms, median interactive) and the long-task target are judged unless null. The harness's
 * CDP binding adds some 350 ms, and at times a task of about 50 ms on the page's thread, to a list of 10,000: that run
 * is reported, and judged in the browser mode (HTTP), a transport the app ships, which has neither.
 */
function printLoads(rows: number, { cold, warm }: Loads, transport: Transport, target: number | null): void {
  const of = `${rows.toLocaleString('en')} profiles (${transport.kind === 'harness' ? 'harness' : 'browser mode'})`;
  const field = (key: Exclude<keyof LoadTimes, 'longTasks'>) => warm.map((load) => load[key]);
  const longest = Math.max(0, ...warm.flatMap((load) => load.longTasks));
  console.log(line(`load ${of}: rows shown (painted)`, field('shownPainted')));
  console.log(line(`load ${of}: interactive (keystroke painted)`, field('interactive'), target === null ? undefined : { q: 0.5, ms: target }));
  if (transport.kind === 'harness') {
    console.log(line(`load ${of}: interactive less the binding's transport`, warm.map((load) => load.interactive - Math.max(0, load.list - transport.handler))));
  }
  console.log(line(`load ${of}: that keystroke filtered the table`, field('filtered')));
  const handler = transport.kind === 'harness' ? `handler ${ms(transport.handler)} in Node, round trip through the harness's binding` : 'round trip over HTTP';
  console.log(`    profiles.list: ${handler} median ${ms(median(field('list')))}; first (cold) load interactive ${ms(cold.interactive)}`);
  const tasks = warm.map((load) => load.longTasks.length);
  const judged = target === null ? '  (no verdict: see the browser mode)' : `  target none over ${ms(longTaskTarget)}: ${verdict(longest, longTaskTarget)}`;
  console.log(`    long tasks in the ${warm.length} warm loads: ${tasks.join(', ')}; longest ${longest > 0 ? ms(longest) : 'under 50 ms'}${judged}`);
}

function printPhases(rows: number, phases: Phase[]): void {
  for (const { name, longTasks, note } of phases) {
    const over = longTasks.filter((duration) => duration > longTaskTarget);
    const longest = over.length > 0 ? `longest ${ms(Math.max(...over))}` : 'longest under 50 ms';
    const extra = note ? `; ${note}` : '';
    console.log(`  ${rows.toLocaleString('en')} profiles, ${name.padEnd(44)} long tasks > 50 ms: ${over.length} (${longest})  target none: ${over.length === 0 ? 'PASS' : 'MISS'}${extra}`);
  }
}

/**
 * The workspace in Chromium (production build, real handlers): library load at 1,000 and 10,000 profiles,
 * weight slider to chart, long tasks on a library of 10,000, and the size of the renderer's JavaScript.
 * Times are taken inside the page (performance.now(), 0 at navigation start).
 */
export async function benchRenderer(): Promise<void> {
  await requireRendererBuild();
  const loadAtStart = loadavg()[0]!;
  const size = await bundleSize();
  await withBenchApp(async (app) => {
    const [example] = await examples();
    await app.host.handlers['profiles.save']({ profile: example! });
    await seedLibrary(app.host.store, 0, 999);
    const small = await timeLoads(app.context, app.appUrl, 1_000, 7);
    const smallHandler = await timeListHandler(app);
    const slides = await timeSlider(app, example!.id, 60);
    await seedLibrary(app.host.store, 999, 9_999);
    const large = await timeLoads(app.context, app.appUrl, 10_000, 5);
    const largeHandler = await timeListHandler(app);
    const phases = await libraryPhases(app, 10_000);
    const browserMode = await timeBrowserModeLoads(app.context.browser()!, 10_000, 5);

    const machine = `${cpus().length} CPUs, load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`;
    console.log(`renderer (production build in Chromium ${app.context.browser()?.version() ?? ''}, ${viewport.width}×${viewport.height}, ${machine}; times in the page)`);
    printLoads(1_000, small, { kind: 'harness', handler: smallHandler }, 1_000);
    printLoads(10_000, large, { kind: 'harness', handler: largeHandler }, null);
    printLoads(10_000, browserMode, { kind: 'http' }, 500);
    const field = (key: keyof SlideTimes) => slides.map((slide) => slide[key]);
    console.log(line('weight slider → contributions chart redrawn (DOM)', field('reflected')));
    console.log(line('weight slider → that redraw painted (on screen)', field('painted'), { q: 0.95, ms: 50 }));
    console.log(line('weight slider → last DOM change of any chart or table', field('settled')));
    console.log(`    of which the evaluate round trip (Monte Carlo in Node, through the harness's binding) median ${ms(median(field('evaluate')))}`);
    printPhases(10_000, phases);
  });
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  console.log(
    `  renderer JavaScript (${size.files} file${size.files === 1 ? '' : 's'}): ${kb(size.raw)} raw, ${kb(size.gzip)} gzip -9` +
      ` (wasm aside: ${kb(size.wasm)})  target ≤ 250 KB gzip: ${verdict(size.gzip, 250_000)}`,
  );
}
