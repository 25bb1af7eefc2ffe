import type { AnswerManyPreview, AnswerManyResult, SkippedProfile, UndoAnswerManyResult } from '../../shared/api';
import type { Client } from '../../shared/api/client';
import type { Question } from '../../shared/catalog';
import { describeError } from '../app/errors';
import { plural } from '../app/format';

export type BulkAnswerClient = Pick<Client, 'profiles.previewAnswerMany' | 'profiles.answerMany' | 'profiles.undoAnswerMany'>;

/** What the dialog shows: the profiles chosen, the question and answer picked (null: clear it), and what that would change. */
export interface BulkAnswerView {
  /** The profiles to answer for; empty while the dialog is closed. */
  ids: string[];
  questionId: string | null;
  /** undefined until an answer is picked; null to clear the answer. */
  answerId: string | null | undefined;
  preview: AnswerManyPreview | null;
  /** What the dialog waits for, in words; null when idle. */
  busy: string | null;
  /** Why the last preview or apply failed, for the user. */
  error: string | null;
}

export interface BulkAnswerHooks {
  /** Reads what the answers change again: the library's list, or the portfolio. */
  refresh: () => Promise<void>;
  /** A passing message, with an Undo where one is given. */
  toast: (message: string, undo?: () => void) => void;
  /** A failure of the undo, which runs after the dialog closed. */
  error: (error: unknown) => void;
}

const closed: BulkAnswerView = { ids: [], questionId: null, answerId: undefined, preview: null, busy: null, error: null };

/**
 * Answering one question for many profiles, outside React: pick a question, then an answer (or clear it), see
 * how many profiles it changes, apply; the toast that follows offers the undo. React reads it with
 * useSyncExternalStore; tests drive it against a fake client.
 */
export class BulkAnswerFlow {
  private view: BulkAnswerView = closed;
  private questions: readonly Question[] = [];
  /** Counts preview requests, so only the answer to the latest is shown. */
  private previews = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly client: BulkAnswerClient,
    private readonly hooks: BulkAnswerHooks,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly snapshot = (): BulkAnswerView => this.view;

  /** Opens the dialog for these profiles, with the questions of the catalogue in force (one of them already chosen, if given). */
  open(ids: string[], questions: readonly Question[], questionId: string | null = null): void {
    this.questions = questions;
    this.update({ ...closed, ids, questionId });
  }

  close(): void {
    this.previews += 1;
    this.update(closed);
  }

  chooseQuestion(questionId: string | null): void {
    this.previews += 1;
    this.update({ questionId, answerId: undefined, preview: null, error: null, busy: null });
  }

  /** Picks the answer (null: clear it) and counts what it would change. */
  async chooseAnswer(answerId: string | null): Promise<void> {
    const { ids, questionId } = this.view;
    if (questionId === null) return;
    const request = ++this.previews;
    this.update({ answerId, preview: null, error: null, busy: 'Counting the workloads this changes…' });
    try {
      const preview = await this.client['profiles.previewAnswerMany']({ ids, questionId, answerId });
      if (request === this.previews) this.update({ preview, busy: null });
    } catch (error) {
      if (request === this.previews) this.update({ error: describeError(error), busy: null });
    }
  }

  /** Saves the answer for every chosen profile; the dialog closes and a toast offers the undo. */
  async apply(): Promise<void> {
    const { ids, questionId, answerId } = this.view;
    if (questionId === null || answerId === undefined || this.view.busy) return;
    this.update({ busy: `Answering for ${plural(ids.length, 'workload')}…`, error: null });
    try {
      const result = await this.client['profiles.answerMany']({ ids, questionId, answerId });
      this.update(closed);
      await this.hooks.refresh();
      const { undo } = result;
      this.hooks.toast(this.answeredMessage(questionId, answerId, result), undo === null ? undefined : () => void this.undo(undo));
    } catch (error) {
      this.update({ error: describeError(error), busy: null });
    }
  }

  /** Puts back the earlier answers; profiles saved since the bulk answer keep theirs, and the toast says so. */
  async undo(token: string): Promise<void> {
    try {
      const result = await this.client['profiles.undoAnswerMany']({ token });
      await this.hooks.refresh();
      this.hooks.toast(undoneMessage(result));
    } catch (error) {
      this.hooks.error(error);
    }
  }

  private answeredMessage(questionId: string, answerId: string | null, { changed, unchanged, skipped }: AnswerManyResult): string {
    const question = this.questions.find((candidate) => candidate.id === questionId);
    const answer = question?.answers.find((candidate) => candidate.id === answerId);
    const what = `“${question?.text ?? questionId}”`;
    const done = answerId === null ? `Cleared ${what}` : `Answered ${what} with “${answer?.label ?? answerId}”`;
    const already = unchanged > 0 ? ` ${plural(unchanged, 'workload')} already had this answer.` : '';
    return `${done} for ${plural(changed.length, 'workload')}.${already}${leftAlone(skipped)}`;
  }

  private update(change: Partial<BulkAnswerView>): void {
    this.view = { ...this.view, ...change };
    for (const listener of this.listeners) listener();
  }
}

function undoneMessage({ restored, skipped }: UndoAnswerManyResult): string {
  return `Put back the earlier answer of ${plural(restored.length, 'workload')}.${leftAlone(skipped)}`;
}

/** The profiles a bulk change did not touch because they were saved or deleted since: named when few, counted when many. */
function leftAlone(skipped: SkippedProfile[]): string {
  if (skipped.length === 0) return '';
  const which = skipped.length <= 3 ? skipped.map((profile) => profile.name).join(', ') : plural(skipped.length, 'workload');
  return ` Left as they are, changed or deleted since: ${which}.`;
}
