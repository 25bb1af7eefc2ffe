import { CodedError, type RulesFileStatus, type RulesOpenResult, type RulesState } from '../../shared/api';
import { catalog } from '../../shared/catalog';
import { contentHash, parseRulesFile, previewRules, rulesetOf, rulesLimits, type Ruleset, type RulesPreview } from '../../shared/house-rules';
import type { EvaluationPool, TaskName, TaskResult } from '../evaluation';
import type { Profile } from '../../shared/profile';
import type { FilePort } from '../ports';
import type { ProfileStore, StoredRules } from '../store';
import { errnoCode } from '../store/errors';
import { OutcomeMemo } from './outcome-memo';
import { Restater } from './restater';
import { rulesSummaryOf } from './summary';

/** A rules file read and checked, waiting for the user to accept it. */
interface Candidate {
  name: string;
  bytes: Uint8Array;
  path: string | null;
  ruleset: Ruleset;
}

/**
 * The house rules of the library: the accepted file (kept in the store and parsed again at every start), the file
 * under review, and the catalogue every handler evaluates against. Nothing else holds rules.
 */
export class RulesDesk {
  private inForce: Ruleset;
  private refused: RulesState['refused'];
  private pending: Candidate | null = null;
  private readonly restater: Restater;
  /** The plain catalogue as a ruleset, one instance, so outcomes under it are remembered too. */
  private readonly plain = rulesetOf(catalog, null);
  private readonly outcomes = new OutcomeMemo();
  /** The outcomes under the rules in force being worked out ahead of a preview (see `state`). */
  private warming: { ruleset: Ruleset; done: Promise<void> } | null = null;

  constructor(
    private readonly store: ProfileStore,
    private readonly files: FilePort,
    private readonly pool: EvaluationPool,
    /** Whether the Rules screen opening warms up the evaluation threads (the app's; tests spare the CPU). */
    private readonly warmThreads = false,
  ) {
    this.restater = new Restater(store, pool);
    const stored = store.houseRules();
    const parsed = stored && parseRulesFile(stored.bytes, catalog);
    this.inForce = parsed?.ok ? rulesetOf(catalog, parsed.rules) : this.plain;
    this.refused = stored && parsed && !parsed.ok ? { hash: stored.hash, path: stored.path, problems: parsed.problems } : null;
    // Summaries saved by an older Hostwise, or under rules now refused (the plain catalogue applies), are restated,
    // or the library would list recommendations and decisions the profiles no longer show.
    this.restater.startIfOutdated(this.inForce);
  }

  /** The catalogue with the rules in force, as every evaluation sees it. */
  get ruleset(): Ruleset {
    return this.inForce;
  }

  /**
   * What the Rules screen shows. The screen asking is the sign a preview, then a change of rules, may follow: the
   * outcomes under the rules in force, half of a first preview's work, start to be worked out in the background, and
   * the evaluation threads that will restate the library are warmed up.
   */
  async state(): Promise<RulesState> {
    this.warmUp();
    if (this.warmThreads) void this.pool.warmUp(this.inForce);
    const { rules } = this.inForce;
    const stored = rules && this.store.houseRules();
    return {
      accepted: rules && stored ? { ...rulesSummaryOf(rules, stored.path), fileStatus: await this.fileStatus(stored) } : null,
      refused: this.refused,
      rememberedPath: this.store.rememberedRulesPath(),
      restating: this.restating,
    };
  }

  /** Checks a rules file; one that passes waits for `accept`, in place of any other under review. */
  consider(name: string, bytes: Uint8Array, path: string | null): RulesOpenResult {
    const parsed = parseRulesFile(bytes, catalog);
    if (!parsed.ok) return { status: 'refused', name, problems: parsed.problems };
    this.pending = { name, bytes, path, ruleset: rulesetOf(catalog, parsed.rules) };
    return { status: 'pending', name, candidate: rulesSummaryOf(parsed.rules, path) };
  }

  /** Whose recommendation changes, across the library, if the file under review is accepted or the rules unloaded. */
  preview(change: 'candidate' | 'unload'): RulesPreview {
    const after = change === 'candidate' ? this.candidate().ruleset : this.plain;
    const profiles = this.store.currentProfiles().map(({ profile }) => profile);
    return previewRules(profiles, this.inForce, after, this.outcomes.outcome);
  }

  /** Puts the reviewed file in force: stored first, so a failed save changes nothing. */
  async accept(hash: string): Promise<RulesState> {
    const candidate = this.candidate();
    const identity = candidate.ruleset.rules!.identity;
    if (identity.hash !== hash) {
      throw new CodedError({
        code: 'rules-not-reviewed',
        message: 'The rules file under review is not the one accepted: open it again and review its preview.',
      });
    }
    await this.store.acceptHouseRules({ bytes: candidate.bytes, hash, path: candidate.path });
    // A file opened while this one was being stored is under review now: it stays there.
    if (this.pending === candidate) this.pending = null;
    return this.putInForce(candidate.ruleset);
  }

  /** Returns the library to the plain catalogue (also after rules this app refused at start). */
  async unload(): Promise<RulesState> {
    await this.store.unloadHouseRules();
    return this.putInForce(this.plain);
  }

  /** Resolves when the outcomes under the rules in force are worked out ahead of a preview (after `state`). */
  warmedUp(): Promise<void> {
    return this.warming?.done ?? Promise.resolve();
  }

  private warmUp(): void {
    const ruleset = this.inForce;
    if (this.warming?.ruleset === ruleset) return;
    const profiles = this.store.currentProfiles().map(({ profile }) => profile);
    const warming = { ruleset, done: Promise.resolve() };
    this.warming = warming;
    warming.done = this.outcomes.warm(profiles, ruleset, () => this.warming === warming && this.inForce === ruleset);
  }

  /** How far the saved profiles are evaluated again under the rules in force; null when they are not. */
  get restating(): RulesState['restating'] {
    return this.restater.progress;
  }

  /**
   * A task over many profiles under `ruleset` (the caller's, read once), on the evaluation pool's threads: the main
   * process goes on answering the window meanwhile.
   */
  evaluateMany<Name extends TaskName>(task: Name, profiles: readonly Profile[], ruleset: Ruleset): Promise<TaskResult<Name>[]> {
    return this.pool.run(task, profiles, ruleset, { signal: new AbortController().signal });
  }

  /** Resolves when the saved summaries agree with the rules in force. */
  restated(): Promise<void> {
    return this.restater.idle();
  }

  /** Stops evaluating saved profiles again, before the store closes, and ends the evaluation threads. */
  async close(): Promise<void> {
    this.warming = null;
    await this.restater.stop();
    await this.pool.close();
  }

  private putInForce(ruleset: Ruleset): Promise<RulesState> {
    this.inForce = ruleset;
    this.refused = null;
    this.restater.start(ruleset);
    return this.state();
  }

  private candidate(): Candidate {
    if (this.pending) return this.pending;
    throw new CodedError({ code: 'rules-none-pending', message: 'No rules file is under review: open one first.' });
  }

  /** Is the file the rules were accepted from still the same on disk? */
  private async fileStatus({ path, hash }: StoredRules): Promise<RulesFileStatus> {
    if (path === null) return 'unknown';
    try {
      return contentHash(await this.files.readFile(path, rulesLimits.maxBytes + 1)) === hash ? 'same' : 'changed';
    } catch (error) {
      const code = errnoCode(error);
      return code === 'ENOENT' ? 'missing' : code === 'file-too-large' ? 'changed' : 'unknown';
    }
  }
}
