import { z } from 'zod';
import { answersSchema, catalogIdSchema, decisionSchema, inputLimits, weightOverridesSchema } from './decision/schema';
import { rulesIdentitySchema } from './house-rules/schema';

/** Limits every profile obeys, wherever it comes from (editor, store or a shared file). */
export const profileLimits = {
  nameLength: 200,
  groupLength: 200,
  sourceLength: 300,
  sourceValueLength: 200,
  notesLength: 10_000,
  ...inputLimits,
} as const;

/**
 * The workload profile: answers to the questionnaire, optional manual weight overrides and notes.
 * Single source of truth for the type, its validation and the JSON Schema of the profile file.
 * Whether the answer ids exist in the catalogue is checked against it by profile-file/check-answers.
 */
/**
 * Where an answer came from when no person gave it: an inventory import inferred `answer` from a cell. The answer
 * counts as a person's once it differs, and whoever records a person's answer drops the entry (`answeredByPerson`).
 */
export const provenanceSchema = z
  .record(
    catalogIdSchema,
    z.strictObject({
      answer: catalogIdSchema,
      /** The sheet and column it was read from: `vInfo 'OS according to the VMware Tools'`. */
      source: z.string().min(1).max(profileLimits.sourceLength),
      /** The cell's text. */
      value: z.string().max(profileLimits.sourceValueLength),
    }),
  )
  .refine((entries) => Object.keys(entries).length <= inputLimits.answers, `at most ${inputLimits.answers} inferred answers`);

export type Provenance = z.infer<typeof provenanceSchema>;

export const profileSchema = z.strictObject({
  id: z.uuid(),
  name: z.string().trim().min(1).max(profileLimits.nameLength),
  catalogVersion: z.int().min(1).max(1_000_000),
  answers: answersSchema,
  weightOverrides: weightOverridesSchema,
  notes: z.string().max(profileLimits.notesLength),
  /** The application, cluster or business unit the workload belongs to: the portfolio counts and groups by it. */
  group: z.string().trim().min(1).max(profileLimits.groupLength).optional(),
  /** The answers an inventory import inferred, with the cell each came from; a person's answer removes its entry. */
  provenance: provenanceSchema.optional(),
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

