import type { Basis, Catalog, Condition, CriterionId, OptionId, Question, Rule, Source } from '../catalog/types';
import type { HouseRules, RulesFile } from './schema';

/** The catalogue id of the rule a house-rules entry becomes. */
export function houseRuleId(entryId: string): string {
  return `house-${entryId}`;
}

/**
 * The catalogue as the engine sees it under house rules: the file's questions appended, default weights set,
 * rating shifts and rule-outs added as rules, required questions marked. Each entry becomes a cited source, so
 * every explanation that cites it names the rule set, the entry and its link. References were checked first.
 */
export function applyHouseRules(catalog: Catalog, rules: HouseRules | null): Catalog {
  if (!rules) return catalog;
  const { file } = rules;
  const required = new Set((file.required ?? []).flatMap((entry) => entry.questions));
  const weights = new Map((file.weights ?? []).map((entry) => [entry.criterion, entry.weight]));
  return {
    ...catalog,
    sources: { ...catalog.sources, ...sourcesOf(rules) },
    criteria: catalog.criteria.map((criterion) => ({ ...criterion, baseWeight: weights.get(criterion.id) ?? criterion.baseWeight })),
    questions: [...catalog.questions, ...(file.questions ?? []).map(toQuestion)].map((question) =>
      required.has(question.id) ? { ...question, required: true } : question,
    ),
    rules: [...catalog.rules, ...rulesOf(file)],
  };
}

/** The organisation's answers, then the profile's own: a person's answer always wins. */
export function answersUnder(answers: Readonly<Record<string, string>>, rules: HouseRules | null): Record<string, string> {
  const organisation = (rules?.file.preAnswers ?? []).map((entry) => [entry.question, entry.answer] as const);
  return { ...Object.fromEntries(organisation), ...answers };
}

/** The basis a house-rules entry cites: its own source. */
export function entryBasis(entryId: string): Basis {
  return { kind: 'source', source: houseRuleId(entryId), locator: `entry “${entryId}”` };
}

function sourcesOf({ identity, file }: HouseRules): Record<string, Source> {
  const entries = [...(file.ratings ?? []), ...(file.ruleOuts ?? [])];
  return Object.fromEntries(
    entries.map((entry) => [
      houseRuleId(entry.id),
      {
        title: `${identity.name} ${identity.version}`,
        publisher: `House rules (sha256 ${identity.hash.slice(0, 12)})`,
        ...(entry.link ? { url: entry.link } : {}),
        supports: entry.reason,
      },
    ]),
  );
}

function rulesOf(file: RulesFile): Rule[] {
  const ratings = (file.ratings ?? []).map(
    (entry): Rule => ({
      id: houseRuleId(entry.id),
      when: conditionOf(entry.when),
      effect: { kind: 'rating', options: entry.options as OptionId[], criterion: entry.criterion as CriterionId, delta: entry.delta },
      reason: entry.reason,
      basis: entryBasis(entry.id),
    }),
  );
  const ruleOuts = (file.ruleOuts ?? []).map(
    (entry): Rule => ({
      id: houseRuleId(entry.id),
      when: conditionOf(entry.when),
      effect: { kind: 'rule-out', options: entry.options as OptionId[] },
      reason: entry.reason,
      basis: entryBasis(entry.id),
    }),
  );
  return [...ratings, ...ruleOuts];
}

/** No condition: the entry holds for every workload (an empty condition always holds). */
function conditionOf(when: Condition | undefined): Condition {
  return when ?? {};
}

function toQuestion(question: NonNullable<RulesFile['questions']>[number]): Question {
  return {
    id: question.id,
    theme: question.theme,
    text: question.text,
    help: question.help,
    answers: question.answers.map((answer) => ({
      id: answer.id,
      label: answer.label,
      ...(answer.weights ? { weights: answer.weights as Partial<Record<CriterionId, number>>, weightsWhy: question.reason } : {}),
    })),
    ...(question.relevantWhen ? { relevantWhen: question.relevantWhen } : {}),
  };
}
