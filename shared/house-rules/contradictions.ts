import type { Catalog, OptionId, Rule } from '../catalog/types';
import { activeRules } from '../engine/rules';
import { formatPath } from '../profile-file/json-path';
import { quote } from '../profile-file/text';
import { problem, type RulesProblem } from './errors';
import { answersUnder, applyHouseRules, houseRuleId } from './overlay';
import type { HouseRules, RulesCondition, RulesFile } from './schema';

/** Rule sets that cannot work: questions whose relevance depends on itself, or entries that leave no option open. */
export function contradictionProblems(rules: HouseRules, catalog: Catalog): RulesProblem[] {
  const cycles = relevanceCycles(rules);
  return cycles.length > 0 ? cycles : closedOptions(rules, applyHouseRules(catalog, rules));
}

/** A question asked only when another question of the file is answered, which is asked only when … the first is. */
function relevanceCycles({ file }: HouseRules): RulesProblem[] {
  const questions = file.questions ?? [];
  const dependsOn = new Map(questions.map((question) => [question.id, Object.keys(question.relevantWhen ?? {})]));
  return questions.flatMap((question, index) => {
    const loop = loopFrom(question.id, dependsOn);
    if (!loop) return [];
    const message = `Question ${quote(question.id)} is asked only after ${loop.map((id) => quote(id)).join(' → ')}: its relevance depends on itself, so it could never be asked.`;
    return [problem('relevance-cycle', message, formatPath(['questions', index, 'relevantWhen']))];
  });
}

/** The path from a question back to itself through relevance conditions, or null. */
function loopFrom(start: string, dependsOn: ReadonlyMap<string, readonly string[]>): string[] | null {
  const pending: string[][] = (dependsOn.get(start) ?? []).map((next) => [next]);
  const visited = new Set<string>();
  for (let path = pending.pop(); path; path = pending.pop()) {
    const last = path.at(-1)!;
    if (last === start) return path;
    if (visited.has(last)) continue;
    visited.add(last);
    for (const next of dependsOn.get(last) ?? []) pending.push([...path, next]);
  }
  return null;
}

/**
 * Every workload starts from the organisation's answers; each rule-out of the file also meets the workloads its
 * condition describes. Under either, at least one option must stay open, or the rule set contradicts itself.
 */
function closedOptions(rules: HouseRules, catalog: Catalog): RulesProblem[] {
  const base = answersUnder({}, rules);
  const everywhere = closedUnder(base, catalog);
  if (everywhere) {
    const message = `Under the organisation's answers every option is ruled out (${closers(everywhere, catalog)}), so no workload could get a recommendation.`;
    return [problem('rules-out-every-option', message, lastEntryClosing(everywhere, rules.file))];
  }
  return (rules.file.ruleOuts ?? []).flatMap((entry, index) => {
    if (!entry.when) return [];
    const closed = closedUnder({ ...base, ...satisfying(entry.when) }, catalog, houseRuleId(entry.id));
    if (!closed) return [];
    const message = `Rule-out ${quote(entry.id)} leaves no option open for the workloads it applies to: every option is ruled out (${closers(closed, catalog)}).`;
    return [problem('rules-out-every-option', message, formatPath(['ruleOuts', index, 'options']))];
  });
}

/** The rule that closes each option, when all are closed under these answers (and `involving` is among them); else null. */
function closedUnder(answers: Readonly<Record<string, string>>, catalog: Catalog, involving?: string): Map<OptionId, Rule> | null {
  const closedBy = new Map<OptionId, Rule>();
  for (const { rule } of activeRules(catalog, answers)) {
    if (rule.effect.kind !== 'rule-out') continue;
    for (const option of rule.effect.options) if (!closedBy.has(option) || rule.id === involving) closedBy.set(option, rule);
  }
  if (closedBy.size < catalog.options.length) return null;
  if (involving && ![...closedBy.values()].some((rule) => rule.id === involving)) return null;
  return closedBy;
}

/** "vm by no-vms, container by …", for the message. */
function closers(closedBy: ReadonlyMap<OptionId, Rule>, catalog: Catalog): string {
  return catalog.options.map((option) => `${option.id} by ${closedBy.get(option.id)!.id}`).join(', ');
}

/**
 * Where to fix a rule set that closes every option: the last of its rule-outs among the closing rules, else the last
 * of its organisation's answers those rules test (the catalogue's own rules never close every option by themselves).
 */
function lastEntryClosing(closedBy: ReadonlyMap<OptionId, Rule>, file: RulesFile): string {
  const closing = [...closedBy.values()];
  const ruleOut = (file.ruleOuts ?? []).findLastIndex((entry) => closing.some((rule) => rule.id === houseRuleId(entry.id)));
  if (ruleOut !== -1) return formatPath(['ruleOuts', ruleOut, 'options']);
  const tested = new Set(closing.flatMap((rule) => Object.keys(rule.when)));
  const preAnswer = (file.preAnswers ?? []).findLastIndex((entry) => tested.has(entry.question));
  return preAnswer === -1 ? '$.preAnswers' : formatPath(['preAnswers', preAnswer, 'answer']);
}

/** Answers under which a condition holds: the first listed answer of each question; `not` entries stay unanswered. */
function satisfying(when: RulesCondition): Record<string, string> {
  return Object.fromEntries(Object.entries(when).flatMap(([questionId, expected]) => (Array.isArray(expected) ? [[questionId, expected[0]!]] : [])));
}
