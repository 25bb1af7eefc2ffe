/** Times `run` `runs` times after `warmUp` untimed calls; returns the durations in milliseconds, sorted. */
export function time(run: () => unknown, { warmUp, runs }: { warmUp: number; runs: number }): number[] {
  for (let n = 0; n < warmUp; n++) run();
  const durations: number[] = [];
  for (let n = 0; n < runs; n++) {
    const start = performance.now();
    run();
    durations.push(performance.now() - start);
  }
  return durations.sort((a, b) => a - b);
}

/** The q-quantile (0–1) of sorted durations, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

export function report(label: string, sorted: readonly number[]): string {
  const ms = (value: number) => `${value.toFixed(3)} ms`;
  return `${label.padEnd(44)} median ${ms(quantile(sorted, 0.5))}  p95 ${ms(quantile(sorted, 0.95))}  (${sorted.length} runs)`;
}
