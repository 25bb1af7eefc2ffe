import { z } from 'zod';
import { answersSchema, catalogIdSchema, decisionSchema, inputLimits, weightOverridesSchema } from './decision/schema';
import { rulesIdentitySchema } from './house-rules/schema';

/** Limits every profile obeys, wherever it comes from (editor, store or a shared file). */
export const profileLimits = {
  nameLength: 200,
  notesLength: 10_000,
  ...inputLimits,
} as const;

/**
 * The workload profile: answers to the questionnaire, optional manual weight overrides and notes.
 * Single source of truth for the type, its validation and the JSON Schema of the profile file.
 * Whether the answer ids exist in the catalogue is checked against it by profile-file/check-answers.
 */
export const profileSchema = z.strictObject({
  id: z.uuid(),
  name: z.string().trim().min(1).max(profileLimits.nameLength),
  catalogVersion: z.int().min(1).max(1_000_000),
  answers: answersSchema,
  weightOverrides: weightOverridesSchema,
  notes: z.string().max(profileLimits.notesLength),
  /** Questions whose answers a catalogue migration could not carry over: the user should answer them again. */
  revisit: z.array(catalogIdSchema).max(1_000),
  /**
   * The house rules it was last saved under. Its answers to questions the catalogue lacks belong to them, and are
   * kept (and set aside by the engine) wherever those rules are not loaded.
   */
  houseRules: rulesIdentitySchema.optional(),
  /** The architect's decision: the recommendation accepted or overridden. Earlier ones live in the profile's revisions. */
  decision: decisionSchema.optional(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});

export type Profile = z.infer<typeof profileSchema>;

/** A name with a suffix such as " (copy)", still within the name limit. */
export function suffixedName(name: string, suffix: string): string {
  return `${name.slice(0, profileLimits.nameLength - suffix.length - 1)} ${suffix}`;
}
