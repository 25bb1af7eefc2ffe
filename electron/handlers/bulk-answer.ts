import {
  CodedError,
  type AnswerManyPreview,
  type AnswerManyResult,
  type ParsedArgOf,
  type ProfileSummary,
  type SkippedProfile,
  type UndoAnswerManyResult,
} from '../../shared/api';
import type { Catalog } from '../../shared/catalog';
import { answerStateOf, personState, sameAnswerState, withAnswerState, type AnswerState } from '../../shared/person-answer';
import type { Profile } from '../../shared/profile';
import type { ProfileStore } from '../store';
import { batchSummaries } from './batch-summaries';
import { stampedWithRules } from './profiles';
import type { SharingPorts } from './sharing';

type BulkPorts = Pick<SharingPorts, 'store' | 'rules' | 'newId'>;
type AnswerRequest = ParsedArgOf<'profiles.answerMany'>;

/** A new version a bulk change saves, and the version it was made to: saved only if that is still current. */
interface Change {
  next: Profile;
  basedOn: string;
}

/** What one bulk answer changed, profile by profile: enough to undo it while nobody saved the profile since. */
interface Undo {
  questionId: string;
  profiles: { id: string; name: string; savedAt: string; before: AnswerState }[];
}

/** Bulk answers that can still be undone: the latest few, in memory only (an undo does not outlive the app). */
const undosKept = 10;

/**
 * One question answered for many profiles at once, and undone in one step. Each changed profile is saved as a
 * new version (its history shows the change); the undo is one more version with the earlier answer back.
 */
export class BulkAnswerDesk {
  private readonly undos = new Map<string, Undo>();

  /** Counts what `answer` would change; nothing is saved. */
  preview({ store, rules }: BulkPorts, request: AnswerRequest): AnswerManyPreview {
    const { changes, unchanged, confirmations, gone } = planAnswer(store, rules.ruleset.effective, request);
    return { changes: changes.length, confirmations, unchanged, gone: gone.length };
  }

  async answer(ports: BulkPorts, request: AnswerRequest): Promise<AnswerManyResult> {
    const { changes, unchanged, gone } = planAnswer(ports.store, ports.rules.ruleset.effective, request);
    const { saved, skipped } = await saveChanges(ports, changes);
    const before = new Map(changes.map(({ next, before: state }) => [next.id, state]));
    const profiles = saved.map(({ id, name, updatedAt }) => ({ id, name, savedAt: updatedAt, before: before.get(id)! }));
    const undo = profiles.length > 0 ? this.keep(ports.newId(), { questionId: request.questionId, profiles }) : null;
    return { changed: saved, unchanged, skipped: [...goneProfiles(ports.store, gone), ...skipped], undo };
  }

  /** Puts back each profile's earlier answer, unless it was saved since the bulk answer: a later edit stands. */
  async undo(ports: BulkPorts, token: string): Promise<UndoAnswerManyResult> {
    const undo = this.take(token);
    try {
      const changes: Change[] = [];
      const skipped: SkippedProfile[] = [];
      for (const { id, name, savedAt, before } of undo.profiles) {
        const current = ports.store.find(id);
        if (current?.updatedAt === savedAt) changes.push({ next: withAnswerState(current, undo.questionId, before), basedOn: savedAt });
        else skipped.push({ id, name: current?.name ?? name });
      }
      const restored = await saveChanges(ports, changes);
      return { restored: restored.saved, skipped: [...skipped, ...restored.skipped] };
    } catch (error) {
      // Nothing was saved: the undo can be tried again.
      this.undos.set(token, undo);
      throw error;
    }
  }

  private keep(token: string, undo: Undo): string {
    this.undos.set(token, undo);
    for (const oldest of this.undos.keys()) if (this.undos.size > undosKept) this.undos.delete(oldest);
    return token;
  }

  /** Taken out at once, so the same undo cannot run twice at the same time. */
  private take(token: string): Undo {
    const undo = this.undos.get(token);
    if (!undo) {
      throw new CodedError({
        code: 'bulk-undo-expired',
        message: 'This bulk answer can no longer be undone: Hostwise keeps only the latest few, until it closes. Each profile’s history still has its earlier version.',
      });
    }
    this.undos.delete(token);
    return undo;
  }
}

/**
 * Each distinct profile's new version under a person's answer, with its state before; those it leaves as they are,
 * counted; and the ids of those deleted since they were chosen (another window), left out.
 */
function planAnswer(store: ProfileStore, catalog: Catalog, { ids, questionId, answerId }: AnswerRequest) {
  checkAnswer(catalog, questionId, answerId);
  const after = personState(answerId);
  const plan = { changes: [] as (Change & { before: AnswerState })[], unchanged: 0, confirmations: 0, gone: [] as string[] };
  for (const id of new Set(ids)) {
    const profile = store.find(id);
    if (profile === null) {
      plan.gone.push(id);
      continue;
    }
    const before = answerStateOf(profile, questionId);
    if (sameAnswerState(before, after)) plan.unchanged += 1;
    else {
      if (before.answerId === answerId) plan.confirmations += 1;
      plan.changes.push({ next: withAnswerState(profile, questionId, after), basedOn: profile.updatedAt, before });
    }
  }
  return plan;
}

/** Profiles deleted since they were chosen, named as the trash names them (one gone from the trash too, as such). */
function goneProfiles(store: ProfileStore, ids: readonly string[]): SkippedProfile[] {
  if (ids.length === 0) return [];
  const trash = new Map(store.listDeleted().map(({ id, name }) => [id, name]));
  return ids.map((id) => ({ id, name: trash.get(id) ?? 'a workload no longer in the library' }));
}

/** Refuses a question, or an answer to it, that the catalogue in force (house rules included) does not have. */
function checkAnswer(catalog: Catalog, questionId: string, answerId: string | null): void {
  const question = catalog.questions.find((candidate) => candidate.id === questionId);
  if (!question) throw new CodedError({ code: 'unknown-question', message: `The catalogue in force has no question “${questionId}”.` });
  if (answerId !== null && !question.answers.some((answer) => answer.id === answerId)) {
    throw new CodedError({ code: 'unknown-answer', message: `“${answerId}” is not an answer to the question “${question.text}”.` });
  }
}

/**
 * Evaluates and saves the new versions as one write, all or nothing, under the rules in force; a profile saved
 * since its version was read is left alone and named.
 */
async function saveChanges({ store, rules }: BulkPorts, changes: readonly Change[]): Promise<{ saved: ProfileSummary[]; skipped: SkippedProfile[] }> {
  if (changes.length === 0) return { saved: [], skipped: [] };
  const { ruleset } = rules;
  const profiles = changes.map(({ next }) => stampedWithRules(next, ruleset));
  const summaries = await batchSummaries(rules, profiles, ruleset);
  const { saved, stale } = await store.saveMany(profiles.map((profile, index) => ({ profile, summary: summaries[index]!, basedOn: changes[index]!.basedOn })));
  const names = new Map(profiles.map(({ id, name }) => [id, name]));
  return { saved, skipped: stale.map((id) => ({ id, name: names.get(id)! })) };
}

const desks = new WeakMap<ProfileStore, BulkAnswerDesk>();

/** The bulk answers of a library that can be undone: they outlive one set of handlers (the browser mode builds them per request). */
export function bulkAnswerDeskOf(store: ProfileStore): BulkAnswerDesk {
  const desk = desks.get(store) ?? new BulkAnswerDesk();
  desks.set(store, desk);
  return desk;
}
