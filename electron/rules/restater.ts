import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RulesState } from '../../shared/api';
import type { Ruleset } from '../../shared/house-rules';
import { contentHash } from '../../shared/house-rules/identity';
import type { Profile } from '../../shared/profile';
import type { EvaluationSummary, ProfileStore, RestatedSummary } from '../store';
import { evaluationSummary } from '../handlers/profiles';

/** The settings key of what the library's summaries were last all evaluated under (see `summaryBasis`). */
const basisKey = 'summaries-basis';

/**
 * What a saved summary depends on beyond its profile and the engine: the catalogue as every evaluation sees it (with
 * the rules in force), by content, so a catalogue changed by an update of Hostwise or other rules gives another basis.
 */
function summaryBasis(ruleset: Ruleset): string {
  const rules = ruleset.rules?.identity.hash ?? 'none';
  return `summary 2 (open questions); catalogue ${ruleset.effective.version} (sha256 ${contentHash(JSON.stringify(ruleset.effective))}); rules ${rules}`;
}

/**
 * Evaluates every saved profile again after the rules change, or at start when the catalogue changed (an update of
 * Hostwise), so the library's summaries say what the rules in force recommend. It runs beside the window's requests (one profile a turn) and writes once at the end; a
 * profile saved meanwhile keeps the summary its save gave it. A newer change of rules stops an older run.
 */
export class Restater {
  private job: Promise<void> = Promise.resolve();
  private generation = 0;
  private shown: RulesState['restating'] = null;

  constructor(private readonly store: ProfileStore) {}

  /** How far the run under way has got; null when none is. */
  get progress(): RulesState['restating'] {
    return this.shown && { ...this.shown };
  }

  /** Starts a run when the saved summaries were last evaluated under another catalogue or other rules. */
  startIfOutdated(ruleset: Ruleset): void {
    if (this.store.readOnly === null && this.store.getSetting(basisKey) !== summaryBasis(ruleset)) this.start(ruleset);
  }

  start(ruleset: Ruleset): void {
    const generation = ++this.generation;
    this.job = this.job.then(() => this.run(ruleset, generation)).catch((error: unknown) => {
      console.error('Hostwise could not evaluate the saved profiles again under the new rules:', error);
    });
  }

  /** Resolves when no run is under way. */
  idle(): Promise<void> {
    return this.job;
  }

  /** Stops the run under way (its results are not written) and waits for it. */
  stop(): Promise<void> {
    this.generation += 1;
    return this.job;
  }

  private async run(ruleset: Ruleset, generation: number): Promise<void> {
    const current = () => generation === this.generation;
    if (!current()) return;
    const profiles = this.store.currentProfiles();
    const progress = { done: 0, total: profiles.length };
    this.shown = progress;
    try {
      const summaries: RestatedSummary[] = [];
      for (const { profile, updatedAt } of profiles) {
        await nextTurn();
        if (!current()) return;
        const summary = summaryOrNull(profile, ruleset);
        if (summary) summaries.push({ id: profile.id, updatedAt, summary });
        progress.done += 1;
      }
      if (summaries.length > 0) await this.store.restateSummaries(summaries);
      await this.store.setSetting(basisKey, summaryBasis(ruleset));
    } finally {
      if (this.shown === progress) this.shown = null;
    }
  }
}

/** A profile the rules in force cannot read (an answer to a question they lack) keeps the summary it has. */
function summaryOrNull(profile: Profile, ruleset: Ruleset): EvaluationSummary | null {
  try {
    return evaluationSummary(profile, ruleset);
  } catch {
    return null;
  }
}
