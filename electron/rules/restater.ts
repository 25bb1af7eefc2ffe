import type { RulesState } from '../../shared/api';
import type { Ruleset } from '../../shared/house-rules';
import { contentHash } from '../../shared/house-rules/identity';
import type { EvaluationPool } from '../evaluation';
import type { ProfileStore, RestatedSummary } from '../store';

/** The settings key of what the library's summaries were last all evaluated under (see `summaryBasis`). */
const basisKey = 'summaries-basis';
/**
 * The summaries written by one save: the store's work is synchronous on the main thread, so a library's summaries
 * are written a slice at a time, and the window's requests are answered between slices.
 */
const restateSlice = 2_000;

/**
 * What a saved summary depends on beyond its profile and the engine: the catalogue as every evaluation sees it (with
 * the rules in force), by content, so a catalogue changed by an update of Hostwise or other rules gives another basis.
 */
function summaryBasis(ruleset: Ruleset): string {
  const rules = ruleset.rules?.identity.hash ?? 'none';
  return `summary 3 (decisive open questions); catalogue ${ruleset.effective.version} (sha256 ${contentHash(JSON.stringify(ruleset.effective))}); rules ${rules}`;
}

/**
 * Evaluates every saved profile again after the rules change, or at start when the catalogue changed (an update of
 * Hostwise), so the library's summaries say what the rules in force recommend. The evaluation pool works on other
 * threads, so the window's requests are served meanwhile; the summaries are written a slice at a time as they come,
 * and a profile saved meanwhile keeps the summary its save gave it. A newer change of rules stops an older run.
 */
export class Restater {
  private job: Promise<void> = Promise.resolve();
  private running = new AbortController();
  private shown: RulesState['restating'] = null;

  constructor(
    private readonly store: ProfileStore,
    private readonly pool: EvaluationPool,
    private readonly slice = restateSlice,
  ) {}

  /** How far the run under way has got; null when none is. */
  get progress(): RulesState['restating'] {
    return this.shown && { ...this.shown };
  }

  /** Starts a run when the saved summaries were last evaluated under another catalogue or other rules. */
  startIfOutdated(ruleset: Ruleset): void {
    if (this.store.readOnly === null && this.store.getSetting(basisKey) !== summaryBasis(ruleset)) this.start(ruleset);
  }

  start(ruleset: Ruleset): void {
    this.running.abort();
    const { signal } = (this.running = new AbortController());
    this.job = this.job.then(() => this.run(ruleset, signal)).catch((error: unknown) => {
      if (!signal.aborted) console.error('Hostwise could not evaluate the saved profiles again under the new rules:', error);
    });
  }

  /** Resolves when no run is under way, a run started meanwhile included. */
  async idle(): Promise<void> {
    let job: Promise<void>;
    do {
      job = this.job;
      await job;
    } while (job !== this.job);
  }

  /** Stops the run under way (the results it has not written yet are not) and waits for it. */
  stop(): Promise<void> {
    this.running.abort();
    return this.job;
  }

  private async run(ruleset: Ruleset, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return;
    const profiles = this.store.currentProfiles();
    const progress = { done: 0, total: profiles.length };
    this.shown = progress;
    // Slices are written while the threads evaluate the rest: the main process is idle meanwhile.
    const writer = new SliceWriter(this.store, this.slice, signal);
    try {
      await this.pool.run('summary', profiles.map(({ profile }) => profile), ruleset, {
        signal,
        onProgress: (done) => (progress.done = done),
        onResult: (index, summary) => {
          const { profile, updatedAt } = profiles[index]!;
          if (summary) writer.add({ id: profile.id, updatedAt, summary });
        },
      });
      await writer.finish();
      await this.store.setSetting(basisKey, summaryBasis(ruleset));
    } finally {
      await writer.settled();
      if (this.shown === progress) this.shown = null;
    }
  }
}

/**
 * Writes restated summaries a slice at a time, in order, while more arrive; stops at the first failed write or once
 * the run is aborted (what was written stays: a newer run writes every summary that differs from its own).
 */
class SliceWriter {
  private readonly ready: RestatedSummary[] = [];
  private writing: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;

  constructor(
    private readonly store: ProfileStore,
    private readonly slice: number,
    private readonly signal: AbortSignal,
  ) {}

  add(summary: RestatedSummary): void {
    this.ready.push(summary);
    if (this.ready.length >= this.slice) this.write(this.ready.splice(0, this.slice));
  }

  /** Writes what is left; rejects with the first failure, or the abort's reason. */
  async finish(): Promise<void> {
    while (this.ready.length > 0) this.write(this.ready.splice(0, this.slice));
    await this.writing;
    if (this.failure) throw this.failure.error;
    this.signal.throwIfAborted();
  }

  /** Resolves when no write is under way (the store must not close under one). */
  settled(): Promise<void> {
    return this.writing;
  }

  private write(summaries: RestatedSummary[]): void {
    // Each write waits for the one before; a failure is kept for `finish`, never left as an unhandled rejection.
    this.writing = this.writing.then(async () => {
      if (this.failure || this.signal.aborted) return;
      await this.store.restateSummaries(summaries).catch((error: unknown) => void (this.failure = { error }));
    });
  }
}
