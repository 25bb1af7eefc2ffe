import { z } from 'zod';
import { themeIds } from '../catalog/types';
import { rulesLimits } from './limits';

export const rulesFileFormat = 'hostwise.rules';
/** The rules file format version this app writes and the newest it reads. */
export const rulesFileVersion = 1;
/** Where the file's JSON Schema is published; `assets/schema/hostwise-rules.schema.json` is its source. */
export const rulesFileSchemaUrl = 'https://hostwise.dev/schema/hostwise-rules.schema.json';

/** How far a house rule may move a rating on the 0–10 scale: a correction, not a replacement of the evidence. */
export const maxRatingDelta = 3;
/** The largest default weight a house rule may give a criterion (base weights are 1, or 0 for context criteria). */
export const maxDefaultWeight = 10;

export { rulesLimits } from './limits';

/** Which rules a result was made under: what every evaluation, report and shared profile records. */
export const rulesIdentitySchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  version: z.string().trim().min(1).max(50),
  /** SHA-256 of the file's bytes, as `sha256sum` prints it. */
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex'),
});
export type RulesIdentity = z.infer<typeof rulesIdentitySchema>;

const id = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and hyphens');
const text = z.string().trim().min(1).max(2_000);
const ids = z.array(id).min(1).max(50);
const entries = <T extends z.ZodType>(entry: T) => z.array(entry).max(rulesLimits.maxEntries).optional();
const condition = z
  .record(id, z.union([ids, z.strictObject({ not: ids })]))
  .refine((when) => Object.keys(when).length <= 20, 'at most 20 questions in a condition');

/** What every entry carries: an id, the reason shown to the user, and optionally a link to the policy. */
const entry = {
  id,
  reason: text,
  link: z.url({ protocol: /^https?$/ }).max(2_000).optional(),
};

const answer = z.strictObject({
  id,
  label: text,
  /** criterion id → how much this answer makes it matter, as catalogue answers do. */
  weights: z.record(id, z.number().min(-maxDefaultWeight).max(maxDefaultWeight)).optional(),
});

export const rulesFileSchema = z
  .strictObject({
    $schema: z.string().max(2_000).optional(),
    format: z.literal(rulesFileFormat),
    formatVersion: z.literal(rulesFileVersion),
    name: rulesIdentitySchema.shape.name,
    version: rulesIdentitySchema.shape.version,
    description: text.optional(),
    /** Questions of the organisation's own, asked after the catalogue's. */
    questions: entries(
      z.strictObject({
        ...entry,
        theme: z.enum(themeIds),
        text,
        help: text,
        answers: z.array(answer).min(2).max(20),
        relevantWhen: condition.optional(),
      }),
    ),
    /** Answers given once for the whole organisation; a profile's own answer wins. */
    preAnswers: entries(z.strictObject({ ...entry, question: id, answer: id })),
    /** Default raw weights of criteria; a profile's own weight wins. */
    weights: entries(z.strictObject({ ...entry, criterion: id, weight: z.number().min(0).max(maxDefaultWeight) })),
    /** Rating shifts, on every workload or only where `when` holds. */
    ratings: entries(
      z.strictObject({
        ...entry,
        when: condition.optional(),
        options: ids,
        criterion: id,
        delta: z
          .number()
          .min(-maxRatingDelta)
          .max(maxRatingDelta)
          .refine((delta) => delta !== 0, 'a delta of 0 changes nothing'),
      }),
    ),
    /** Options excluded on every workload or only where `when` holds. */
    ruleOuts: entries(z.strictObject({ ...entry, when: condition.optional(), options: ids })),
    /** Questions that must be answered before a recommendation counts as final. */
    required: entries(z.strictObject({ ...entry, questions: ids })),
  })
  .meta({
    title: 'Hostwise house rules',
    description:
      "A team's own policy on top of the Hostwise catalogue: extra questions, organisation-wide answers, default weights, rating shifts, rule-outs and required questions.",
  });

export type RulesFile = z.infer<typeof rulesFileSchema>;
export type RulesQuestion = NonNullable<RulesFile['questions']>[number];
export type RulesCondition = z.infer<typeof condition>;

/** A rules file that passed every check, with its identity. */
export interface HouseRules {
  identity: RulesIdentity;
  file: RulesFile;
}

/** The kinds of entry, by the file property that lists them. */
export const entryKinds = ['questions', 'preAnswers', 'weights', 'ratings', 'ruleOuts', 'required'] as const;
export type EntryKind = (typeof entryKinds)[number];
