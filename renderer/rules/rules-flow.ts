import type { ArgOf, CodedErrorData, RulesState, RulesSummary } from '../../shared/api';
import type { Client } from '../../shared/api/client';
import { CodedError } from '../../shared/api/errors';
import type { RulesPreview } from '../../shared/house-rules/preview';

export type RulesClient = Pick<Client, 'rules.get' | 'rules.open' | 'rules.preview' | 'rules.accept' | 'rules.unload'>;

/** A change the user is looking at before making it: a rules file to accept, or going back to the plain catalogue. */
export type Review =
  | { kind: 'candidate'; name: string; candidate: RulesSummary; preview: RulesPreview | null }
  | { kind: 'unload'; preview: RulesPreview | null };

export interface RulesView {
  /** The rules in force as main reports them; null until first loaded. */
  state: RulesState | null;
  review: Review | null;
  /** The last file refused, with each coded problem at its place. */
  refused: { name: string; problems: CodedErrorData[] } | null;
  /** What the screen waits for, in words; null when idle. */
  busy: string | null;
  error: CodedErrorData | null;
}

export interface RulesFlowHooks {
  /** The rules in force changed: the catalogue every screen shows must be fetched again. */
  rulesChanged: () => void;
  /** Waits between two looks at how far the saved profiles have been evaluated again. */
  pause: () => Promise<void>;
}

const idle: RulesView = { state: null, review: null, refused: null, busy: null, error: null };

/**
 * The Rules screen's flow, outside React: open a file (refused with its problems, or under review with its preview),
 * accept or cancel; preview and confirm an unload; follow the saved profiles being evaluated again. React reads it
 * with useSyncExternalStore; tests drive it against a fake client.
 */
export class RulesFlow {
  private view: RulesView = idle;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly client: RulesClient,
    private readonly hooks: RulesFlowHooks,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly snapshot = (): RulesView => this.view;

  load(): Promise<void> {
    return this.attempt('Reading the house rules…', async () => this.follow(await this.client['rules.get'](null)));
  }

  /** Reads a rules file; one that passes is previewed across the library before anything changes. */
  open(source: ArgOf<'rules.open'>): Promise<void> {
    this.update({ review: null, refused: null });
    return this.attempt('Reading the rules file…', async () => {
      const opened = await this.client['rules.open'](source);
      if (opened.status === 'refused') this.update({ refused: { name: opened.name, problems: opened.problems } });
      if (opened.status !== 'pending') return;
      this.update({ review: { kind: 'candidate', name: opened.name, candidate: opened.candidate, preview: null } });
      this.update({ busy: 'Previewing the recommendations under these rules…' });
      const preview = await this.client['rules.preview']({ change: 'candidate' });
      this.update({ review: { kind: 'candidate', name: opened.name, candidate: opened.candidate, preview } });
    });
  }

  /** Previews going back to the plain catalogue; `unload` makes it. */
  reviewUnload(): Promise<void> {
    this.update({ review: { kind: 'unload', preview: null }, refused: null });
    return this.attempt('Previewing the recommendations without house rules…', async () => {
      const preview = await this.client['rules.preview']({ change: 'unload' });
      this.update({ review: { kind: 'unload', preview } });
    });
  }

  /** Makes the change under review. */
  confirm(): Promise<void> {
    const { review } = this.view;
    if (!review) return Promise.resolve();
    const accepting = review.kind === 'candidate';
    return this.attempt(accepting ? 'Accepting the rules…' : 'Unloading the rules…', async () => {
      const state = accepting
        ? await this.client['rules.accept']({ hash: review.candidate.identity.hash })
        : await this.client['rules.unload'](null);
      this.update({ review: null });
      this.hooks.rulesChanged();
      await this.follow(state);
    });
  }

  cancel(): void {
    this.update({ review: null, error: null });
  }

  /** Shows the state, then looks again until main has evaluated every saved profile under the rules in force. */
  private async follow(first: RulesState): Promise<void> {
    let state = first;
    this.update({ state, busy: null });
    while (state.restating) {
      await this.hooks.pause();
      state = await this.client['rules.get'](null);
      this.update({ state });
    }
  }

  private async attempt(busy: string, run: () => Promise<void>): Promise<void> {
    this.update({ busy, error: null });
    try {
      await run();
    } catch (error) {
      this.update({ error: errorData(error) });
    } finally {
      this.update({ busy: null });
    }
  }

  private update(change: Partial<RulesView>): void {
    this.view = { ...this.view, ...change };
    for (const listener of this.listeners) listener();
  }
}

function errorData(error: unknown): CodedErrorData {
  if (error instanceof CodedError) return error.toData();
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
