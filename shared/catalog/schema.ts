import { z } from 'zod';
import { criterionIds, optionIds, themeIds, type Catalog } from './types';

/**
 * The catalogue's schema: what a catalogue (the shipped one, or one a house-rules overlay produced) must look
 * like, and the cross-references zod cannot see (`catalogProblems`). A test holds the shipped catalogue to both.
 */
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(100);
const text = z.string().trim().min(1).max(2_000);
const score = z.number().min(0).max(10);
const basis = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('source'), source: id, locator: text }),
  z.strictObject({ kind: z.literal('judgement'), reasoning: text }),
]);
const criterion = z.enum(criterionIds);
const option = z.enum(optionIds);
const condition = z.record(id, z.union([z.array(id).min(1), z.strictObject({ not: z.array(id).min(1) })]));

export const catalogSchema = z.strictObject({
  version: z.int().min(1),
  sources: z.record(id, z.strictObject({ title: text, publisher: text, url: z.url().optional(), supports: text })),
  criteria: z.array(
    z.strictObject({
      id: criterion,
      name: text,
      description: text,
      kind: z.enum(['difference', 'similarity', 'context']),
      baseWeight: z.number().min(0).max(10),
      basis,
    }),
  ),
  options: z.array(z.strictObject({ id: option, name: text, shortName: text, description: text, examples: text, basis })),
  ratings: z.array(
    z
      .strictObject({ option, criterion, low: score, likely: score, high: score, rationale: text, basis })
      .refine((rating) => rating.low <= rating.likely && rating.likely <= rating.high, 'low ≤ likely ≤ high'),
  ),
  themes: z.array(z.strictObject({ id: z.enum(themeIds), name: text })),
  questions: z.array(
    z.strictObject({
      id,
      theme: z.enum(themeIds),
      text,
      help: text,
      decisive: z.boolean().optional(),
      required: z.boolean().optional(),
      relevantWhen: condition.optional(),
      answers: z
        .array(
          z
            .strictObject({
              id,
              label: text,
              weights: z.partialRecord(criterion, z.number().min(-10).max(10)).optional(),
              weightsWhy: text.optional(),
            })
            .refine((answer) => !answer.weights || answer.weightsWhy, 'an answer that moves weights says why (weightsWhy)'),
        )
        .min(2),
    }),
  ),
  rules: z.array(
    z.strictObject({
      id,
      /** Empty: the rule holds for every workload (a house rule without a condition). */
      when: condition,
      effect: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('rating'), options: z.array(option).min(1), criterion, delta: z.number().min(-10).max(10) }),
        z.strictObject({ kind: z.literal('rule-out'), options: z.array(option).min(1) }),
        z.strictObject({ kind: z.literal('note') }),
      ]),
      reason: text,
      basis,
    }),
  ),
});

/** What zod cannot check: unique ids, a rating for every option and criterion, and every reference resolving. */
export function catalogProblems(catalog: Catalog): string[] {
  const questions = new Map(catalog.questions.map((question) => [question.id, question]));
  const bases = [
    ...catalog.criteria.map((entry) => [`criterion ${entry.id}`, entry.basis] as const),
    ...catalog.options.map((entry) => [`option ${entry.id}`, entry.basis] as const),
    ...catalog.ratings.map((entry) => [`rating ${entry.option} × ${entry.criterion}`, entry.basis] as const),
    ...catalog.rules.map((entry) => [`rule ${entry.id}`, entry.basis] as const),
  ];
  const conditions = [
    ...catalog.rules.map((entry) => [`rule ${entry.id}`, entry.when] as const),
    ...catalog.questions.flatMap((entry) => (entry.relevantWhen ? [[`question ${entry.id}`, entry.relevantWhen] as const] : [])),
  ];
  return [
    ...duplicates('question', catalog.questions.map((question) => question.id)),
    ...duplicates('rule', catalog.rules.map((rule) => rule.id)),
    ...catalog.questions.flatMap((question) => duplicates(`answer of ${question.id}`, question.answers.map((answer) => answer.id))),
    ...catalog.options.flatMap((option) =>
      catalog.criteria
        .filter((criterion) => !catalog.ratings.some((rating) => rating.option === option.id && rating.criterion === criterion.id))
        .map((criterion) => `no rating of ${option.id} on ${criterion.id}`),
    ),
    ...bases.flatMap(([where, basis]) =>
      basis.kind === 'source' && !Object.hasOwn(catalog.sources, basis.source) ? [`${where} cites unknown source ${basis.source}`] : [],
    ),
    ...conditions.flatMap(([where, when]) =>
      Object.entries(when).flatMap(([questionId, expected]) => {
        const question = questions.get(questionId);
        if (!question) return [`${where} tests unknown question ${questionId}`];
        const answers = 'not' in expected ? expected.not : expected;
        return answers
          .filter((answer) => !question.answers.some((known) => known.id === answer))
          .map((answer) => `${where} tests unknown answer ${questionId}=${answer}`);
      }),
    ),
  ];
}

function duplicates(kind: string, ids: readonly string[]): string[] {
  return ids.filter((value, index) => ids.indexOf(value) !== index).map((value) => `duplicate ${kind} id ${value}`);
}
