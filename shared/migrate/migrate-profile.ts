import type { Catalog } from '../catalog/types';
import type { Profile } from '../profile';
import { catalogSteps } from './steps';

/**
 * What changed in one catalogue version step, as data. Answers whose question or answer was renamed move along;
 * an answer split across new questions fills them; an answer with no equivalent is dropped and its question
 * marked to revisit, as are new questions. Weight overrides follow renamed criteria and drop removed ones.
 */
export interface CatalogStep {
  /** The catalogue version this step reads; it leads to `from + 1`. */
  from: number;
  /** Old question id → new question id. */
  renamedQuestions?: Readonly<Record<string, string>>;
  /** Questions gone without a successor: their answers are dropped. */
  removedQuestions?: readonly string[];
  /** Question id (after renaming) → old answer id → new answer id, or null when nothing equivalent exists. */
  answers?: Readonly<Record<string, Readonly<Record<string, string | null>>>>;
  /**
   * Questions split into others: old question id → old answer id → the answers it becomes (question → answer).
   * An answer a profile already gives to a target question wins over one a split implies.
   */
  splitQuestions?: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>>;
  /** New questions every older profile should be asked. */
  addedQuestions?: readonly string[];
  /** Old criterion id → new criterion id. */
  renamedCriteria?: Readonly<Record<string, string>>;
  /** Criteria gone: their weight overrides are dropped. */
  removedCriteria?: readonly string[];
  /** Old option id → the option ids it became: one for a rename, several for a split, none when removed. */
  options?: Readonly<Record<string, readonly string[]>>;
  /** What changed, in sentences the user is shown once. */
  changes: readonly string[];
}

export interface CatalogMigration {
  profileId: string;
  fromCatalog: number;
  /** Every question the profile now marks to revisit. */
  revisit: string[];
  /** What changed for this profile, in sentences for the user. */
  changes: string[];
}

type Carried = Pick<Profile, 'answers' | 'revisit' | 'weightOverrides' | 'provenance'> & { changes: string[] };

/**
 * Carries a profile answered against an older catalogue to the current one. The one migration every reader
 * uses: the profile-file parser on import and the store when it reads a saved profile.
 */
export function migrateProfile(
  profile: Profile,
  catalog: Pick<Catalog, 'version'>,
  steps: readonly CatalogStep[] = catalogSteps,
): { profile: Profile; migration: CatalogMigration } {
  let carried: Carried = { ...pickCarried(profile), changes: [] };
  for (let from = profile.catalogVersion; from < catalog.version; from++) {
    const step = steps.find((candidate) => candidate.from === from);
    if (step) carried = applyStep(carried, step);
  }
  const revisit = [...new Set(carried.revisit)];
  return {
    profile: { ...profile, catalogVersion: catalog.version, ...pickCarried(carried), revisit },
    migration: { profileId: profile.id, fromCatalog: profile.catalogVersion, revisit, changes: carried.changes },
  };
}

/** The option ids an option of an older catalogue became (empty when it is gone or unknown to the steps). */
export function migrateOptionId(option: string, fromCatalog: number, steps: readonly CatalogStep[] = catalogSteps): string[] {
  let current = [option];
  for (const step of [...steps].filter((candidate) => candidate.from >= fromCatalog).sort((a, b) => a.from - b.from)) {
    current = current.flatMap((id) => lookup(step.options, id) ?? [id]);
  }
  return current;
}

function applyStep(carried: Carried, step: CatalogStep): Carried {
  const carryQuestion = (id: string) => lookup(step.renamedQuestions, id) ?? id;
  const isKept = (id: string) => !step.removedQuestions?.includes(id) && !lookup(step.splitQuestions, id);
  const answers: Record<string, string> = {};
  const revisit = carried.revisit.filter(isKept).map(carryQuestion);
  for (const [oldQuestion, answer] of Object.entries(carried.answers).filter(([id]) => isKept(id))) {
    const question = carryQuestion(oldQuestion);
    const renamed = lookup(lookup(step.answers, question), answer);
    if (renamed === null) revisit.push(question);
    else answers[question] = renamed ?? answer;
  }
  for (const [oldQuestion, answer] of Object.entries(carried.answers)) {
    const split = lookup(step.splitQuestions, oldQuestion);
    if (!split) continue;
    const implied = lookup(split, answer);
    if (!implied) revisit.push(...new Set(Object.values(split).flatMap(Object.keys)));
    for (const [question, value] of Object.entries(implied ?? {})) if (!Object.hasOwn(answers, question)) answers[question] = value;
  }
  revisit.push(...(step.addedQuestions ?? []).filter((question) => !Object.hasOwn(answers, question)));
  return { answers, revisit, provenance: carryProvenance(carried.provenance, answers, step), ...carryWeights(carried, step) };
}

function pickCarried({ answers, revisit, weightOverrides, provenance }: Carried | Profile): Omit<Carried, 'changes'> {
  return { answers, revisit, weightOverrides, ...(provenance ? { provenance } : {}) };
}

/** An inferred answer stays marked as inferred only where it was carried over as it was (renamed at most). */
function carryProvenance(provenance: Profile['provenance'], answers: Record<string, string>, step: CatalogStep): Profile['provenance'] {
  const carried = Object.entries(provenance ?? {}).flatMap(([oldQuestion, entry]) => {
    const question = lookup(step.renamedQuestions, oldQuestion) ?? oldQuestion;
    const answer = lookup(lookup(step.answers, question), entry.answer) ?? entry.answer;
    return answers[question] === answer && !step.removedQuestions?.includes(oldQuestion) ? [[question, { ...entry, answer }] as const] : [];
  });
  return carried.length > 0 ? Object.fromEntries(carried) : undefined;
}

function carryWeights({ weightOverrides, changes }: Carried, step: CatalogStep): Pick<Carried, 'weightOverrides' | 'changes'> {
  const kept: Record<string, number> = {};
  const dropped: string[] = [];
  for (const [criterion, weight] of Object.entries(weightOverrides)) {
    if (step.removedCriteria?.includes(criterion)) dropped.push(criterion);
    else kept[lookup(step.renamedCriteria, criterion) ?? criterion] = weight as number;
  }
  const droppedNote = dropped.length > 0 ? [`Weights set by hand on criteria that no longer exist were dropped: ${dropped.join(', ')}.`] : [];
  return { weightOverrides: kept, changes: [...changes, ...step.changes, ...droppedNote] };
}

/** An own entry only: ids from a file must never reach Object.prototype. */
function lookup<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
