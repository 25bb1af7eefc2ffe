import { conditionHolds } from '../catalog/condition';
import type { Answer, Catalog, OptionId, Rule } from '../catalog/types';
import type { Profile } from '../profile';
import type { ChosenAnswer } from './answers';
import { leaderOf, type Assessment } from './assess';
import { append } from './collections';
import { descending } from './math';
import { leadingIndex, type Standing } from './ranking';
import { likelyRatingsUnder, type RatedOption } from './ratings';
import { weightedScore } from './scoring';
import { topsisCloseness } from './topsis';
import { weightValues } from './weights';

/** Who would lead if the profile also answered `questionId` with `answer`; null when that rules out every option. */
export type LeaderWith = (questionId: string, answer: Answer) => OptionId | null;

/** Every option's likely ratings and whether it is feasible, in catalogue order. */
interface Field {
  likely: readonly (readonly number[])[];
  feasible: readonly boolean[];
}

/**
 * What-ifs on one assessment, from the numbers alone: the likely ratings, weights and rule-outs an answer would
 * give, put in the order the full ranking uses, so both name the same leader. An answer can switch only the
 * rules whose condition mentions its question: only those are tested again.
 */
export function whatIf(catalog: Catalog, overrides: Profile['weightOverrides'], current: Assessment): LeaderWith {
  const { resolved, weights, rated } = current;
  const inForce = new Set(current.active.map((entry) => entry.rule));
  const rulesOn = rulesByQuestion(catalog.rules);
  const questionOrder = new Map(catalog.questions.map((question, index) => [question.id, index]));
  const leaderNow = leaderOf(current)?.option.id ?? null;
  const fieldNow: Field = {
    likely: rated.map((option) => option.ratings.map((rating) => rating.adjustedRating)),
    feasible: rated.map((option) => option.ruleOuts.length === 0),
  };
  return (questionId, answer) => {
    const answers = { ...resolved.known, [questionId]: answer.id };
    const switched = (rulesOn.get(questionId) ?? []).filter((rule) => conditionHolds(rule.when, answers) !== inForce.has(rule));
    // An answer that moves no weight and switches no rule leaves everything as it is.
    if (switched.length === 0 && !answer.weights) return leaderNow;
    const field =
      switched.length === 0 ? fieldNow : fieldUnder(rated, catalog.rules.filter((rule) => inForce.has(rule) !== switched.includes(rule)));
    const chosen = answer.weights ? withChoice(resolved.chosen, { questionId, answerId: answer.id, answer }, questionOrder) : null;
    const leader = leadingIndex(standings(field, chosen ? weightValues(catalog, chosen, overrides) : weights.values));
    return leader === null ? null : rated[leader]!.option.id;
  };
}

function rulesByQuestion(rules: readonly Rule[]): Map<string, Rule[]> {
  const byQuestion = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const questionId of Object.keys(rule.when)) append(byQuestion, questionId, rule);
  }
  return byQuestion;
}

/** The field under these rules in force (catalogue order). */
function fieldUnder(rated: readonly RatedOption[], rules: readonly Rule[]): Field {
  return {
    likely: likelyRatingsUnder(rated, rules),
    feasible: rated.map(({ option }) => !rules.some(({ effect }) => effect.kind === 'rule-out' && effect.options.includes(option.id))),
  };
}

/** The answers with one more, kept in questionnaire order, the order deriveWeights adds their deltas in. */
function withChoice(chosen: readonly ChosenAnswer[], choice: ChosenAnswer, questionOrder: ReadonlyMap<string, number>): ChosenAnswer[] {
  const position = questionOrder.get(choice.questionId)!;
  const later = chosen.findIndex((entry) => questionOrder.get(entry.questionId)! > position);
  return chosen.toSpliced(later === -1 ? chosen.length : later, 0, choice);
}

/**
 * The field's standings under these weights. TOPSIS decides only between feasible options whose scores tie, so
 * it is computed only when two of them do; otherwise no comparison reads it.
 */
function standings({ likely, feasible }: Field, weights: readonly number[]): Standing[] {
  const scores = likely.map((ratings) => weightedScore(ratings, weights));
  const open = scores.flatMap((_, index) => (feasible[index] ? [index] : []));
  const closeness = hasTie(open.map((index) => scores[index]!)) ? topsisCloseness(open.map((index) => likely[index]!), weights) : [];
  return scores.map((score, index) => ({
    feasible: feasible[index]!,
    score,
    topsis: feasible[index] ? (closeness[open.indexOf(index)] ?? 0) : null,
  }));
}

/** Whether two scores tie as the ranking compares them. */
function hasTie(scores: readonly number[]): boolean {
  for (let a = 0; a < scores.length; a++) {
    for (let b = a + 1; b < scores.length; b++) if (descending(scores[a]!, scores[b]!) === 0) return true;
  }
  return false;
}
