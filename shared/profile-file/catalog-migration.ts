import type { Catalog } from '../catalog/types';
import type { Profile } from '../profile';

/**
 * What changed in one catalogue version step. Answers whose question or answer was renamed move along;
 * an answer with no equivalent is dropped and its question marked to revisit, as are new questions.
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
  /** New questions every older profile should be asked. */
  addedQuestions?: readonly string[];
}

/** Steps from catalogue version 1 on. A version without a step changed no id (e.g. only reworded text). */
export const catalogSteps: readonly CatalogStep[] = [];

export interface CatalogMigration {
  profileId: string;
  fromCatalog: number;
  /** Every question the profile now marks to revisit. */
  revisit: string[];
}

type Carried = Pick<Profile, 'answers' | 'revisit'>;

/** Carries a profile answered against an older catalogue to the current one. */
export function migrateToCatalog(
  profile: Profile,
  catalog: Catalog,
  steps: readonly CatalogStep[],
): { profile: Profile; migration: CatalogMigration } {
  let carried: Carried = { answers: profile.answers, revisit: profile.revisit };
  for (let from = profile.catalogVersion; from < catalog.version; from++) {
    const step = steps.find((candidate) => candidate.from === from);
    if (step) carried = applyStep(carried, step);
  }
  const revisit = [...new Set(carried.revisit)];
  return {
    profile: { ...profile, catalogVersion: catalog.version, answers: carried.answers, revisit },
    migration: { profileId: profile.id, fromCatalog: profile.catalogVersion, revisit },
  };
}

function applyStep({ answers, revisit }: Carried, step: CatalogStep): Carried {
  const carryQuestion = (id: string) => lookup(step.renamedQuestions, id) ?? id;
  const isKept = (id: string) => !step.removedQuestions?.includes(id);
  const next: Carried = { answers: {}, revisit: revisit.filter(isKept).map(carryQuestion) };
  for (const [oldQuestion, answer] of Object.entries(answers).filter(([id]) => isKept(id))) {
    const question = carryQuestion(oldQuestion);
    const renamed = lookup(lookup(step.answers, question), answer);
    if (renamed === null) next.revisit.push(question);
    else next.answers[question] = renamed ?? answer;
  }
  next.revisit.push(...(step.addedQuestions ?? []));
  return next;
}

/** An own entry only: ids from a file must never reach Object.prototype. */
function lookup<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
