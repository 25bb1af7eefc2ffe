import { z } from 'zod';
import { rulesIdentitySchema } from '../house-rules/schema';

/** Limits of what a decision is made on: a profile's answers and weight overrides (the profile's schema uses them too). */
export const inputLimits = {
  idLength: 100,
  answers: 200,
  weights: 100,
  maxWeight: 100,
} as const;

/** A catalogue id: a question, answer, criterion or option. */
export const catalogIdSchema = z
  .string()
  .min(1)
  .max(inputLimits.idLength)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case id');

/** question id → answer id; an unanswered question has no effect. */
export const answersSchema = z
  .record(catalogIdSchema, catalogIdSchema)
  .refine((answers) => Object.keys(answers).length <= inputLimits.answers, `at most ${inputLimits.answers} answers`);

/**
 * criterion id → raw weight that replaces the derived one; 0 means "ignore this criterion". Like the answers,
 * the ids are checked against the catalogue (after migration), not here, so a renamed criterion can migrate.
 */
export const weightOverridesSchema = z
  .record(catalogIdSchema, z.number().min(0).max(inputLimits.maxWeight))
  .refine((weights) => Object.keys(weights).length <= inputLimits.weights, `at most ${inputLimits.weights} weights`);

/** The inputs a decision was made on, kept so that a stale decision can say what changed, and their fingerprint. */
export const decisionInputsSchema = z.strictObject({
  /** SHA-256 of the canonical JSON of the answers and weight overrides. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex'),
  answers: answersSchema,
  weightOverrides: weightOverridesSchema,
});

/** ADR status: proposed (not yet signed), accepted, superseded (a later decision on the same profile replaced it). */
export const decisionStatuses = ['proposed', 'accepted', 'superseded'] as const;

const signed = {
  status: z.enum(decisionStatuses),
  option: catalogIdSchema,
  /** Who decided: the name the user set once. */
  by: z.string().trim().min(1).max(200),
  at: z.iso.datetime({ offset: true }),
  catalogVersion: z.int().min(1).max(1_000_000),
  /** The house rules the evaluation was made under, if any. */
  houseRules: rulesIdentitySchema.optional(),
  inputs: decisionInputsSchema,
};

/** The architect's decision on a profile: the recommendation accepted, or another option chosen with a justification. */
export const decisionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('accept'), ...signed }),
  z.strictObject({ kind: z.literal('override'), ...signed, justification: z.string().trim().min(1).max(10_000) }),
]);

export type Decision = z.infer<typeof decisionSchema>;
export type DecisionInputs = z.infer<typeof decisionInputsSchema>;
export type DecisionStatus = (typeof decisionStatuses)[number];
