import { z } from 'zod';
import { rulesIdentitySchema } from './house-rules/schema';

/** Limits every profile obeys, wherever it comes from (editor, store or a shared file). */
export const profileLimits = {
  nameLength: 200,
  notesLength: 10_000,
  idLength: 100,
  answers: 200,
  maxWeight: 100,
} as const;

const catalogId = z.string().min(1).max(profileLimits.idLength).regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case id');

/**
 * The workload profile: answers to the questionnaire, optional manual weight overrides and notes.
 * Single source of truth for the type, its validation and the JSON Schema of the profile file.
 * Whether the answer ids exist in the catalogue is checked against it by profile-file/check-answers.
 */
export const profileSchema = z.strictObject({
  id: z.uuid(),
  name: z.string().trim().min(1).max(profileLimits.nameLength),
  catalogVersion: z.int().min(1).max(1_000_000),
  /** question id → answer id; an unanswered question has no effect. */
  answers: z
    .record(catalogId, catalogId)
    .refine((answers) => Object.keys(answers).length <= profileLimits.answers, `at most ${profileLimits.answers} answers`),
  /**
   * criterion id → raw weight that replaces the derived one; 0 means "ignore this criterion". Like the answers,
   * the ids are checked against the catalogue (after migration), not here, so a renamed criterion can migrate.
   */
  weightOverrides: z
    .record(catalogId, z.number().min(0).max(profileLimits.maxWeight))
    .refine((weights) => Object.keys(weights).length <= 100, 'at most 100 weights'),
  notes: z.string().max(profileLimits.notesLength),
  /** Questions whose answers a catalogue migration could not carry over: the user should answer them again. */
  revisit: z.array(catalogId).max(1_000),
  /**
   * The house rules it was last saved under. Its answers to questions the catalogue lacks belong to them, and are
   * kept (and set aside by the engine) wherever those rules are not loaded.
   */
  houseRules: rulesIdentitySchema.optional(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});

export type Profile = z.infer<typeof profileSchema>;

/** A name with a suffix such as " (copy)", still within the name limit. */
export function suffixedName(name: string, suffix: string): string {
  return `${name.slice(0, profileLimits.nameLength - suffix.length - 1)} ${suffix}`;
}
