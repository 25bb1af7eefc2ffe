import type { Catalog, OptionId } from '../../shared/catalog';
import type { Evaluation, RankedOption, StabilityInterval } from '../../shared/engine';
import { percent, points } from '../../shared/engine/format';
import { printable } from '../../shared/profile-file';
import { inertLines } from './inert';
import { nameLookup, type Names } from './names';
import { verdicts } from './outcome-text';
import { houseRulesSection } from './render-house-rules';
import { formatTable } from './table';

/**
 * One evaluation as readable text: recommendation, the house rules it was made under, ranking, reasons, why the
 * others lost, sensitivity. Text from files (profile names, the rules' reasons) is printed inert, line by line.
 */
export function renderEvaluation(evaluation: Evaluation, catalog: Catalog): string {
  const names = nameLookup(catalog);
  const text = [
    `== ${printable(evaluation.name)} (${evaluation.profileId})\n`,
    headline(evaluation, names),
    evaluation.houseRules ? houseRulesSection(evaluation.houseRules, evaluation.recommendation, names) : '',
    answerFirst(evaluation, catalog),
    '\n',
    rankingTable(evaluation.ranking, names),
    '\nReasons\n',
    reasons(evaluation),
    '\nWhy not the others\n',
    ...evaluation.recommendation.whyNot.map(({ option, reason }) => `  - ${names.option(option)}: ${reason}\n`),
    `\nSensitivity: the range of each criterion's weight within which ${names.option(evaluation.recommendation.winner)} stays first\n`,
    sensitivityTable(Object.values(evaluation.sensitivity), names),
  ].join('');
  return inertLines(text);
}

/** The verdict with its lead and confidence, then each method's favourite: two lines. */
export function headline({ recommendation, monteCarlo }: Evaluation, names: Names): string {
  const { status, winner, runnerUp, margin, confidence, winProbability, methods } = recommendation;
  const lead = runnerUp && margin !== null ? `, ${points(margin)} points ahead of ${names.option(runnerUp)}` : ', the only option left';
  const sure =
    confidence && winProbability !== null
      ? `; confidence ${confidence} (wins ${percent(winProbability)} of ${monteCarlo.samples.toLocaleString('en-US')} draws of weights and ratings)`
      : '';
  const favourites = `Weighted sum: ${names.option(methods.weightedSum)}; TOPSIS: ${names.option(methods.topsis)}; PROMETHEE II: ${names.option(methods.promethee)}`;
  const agreement = recommendation.methodsAgree ? 'the methods agree' : 'the methods DISAGREE, so confidence is lowered';
  return `${verdicts[status]}: ${names.option(winner)}${lead}${sure}.\n${favourites} (${agreement}).\n`;
}

function answerFirst({ answerFirst }: Evaluation, catalog: Catalog): string {
  if (answerFirst.length === 0) return '';
  const text = (id: string) => catalog.questions.find((question) => question.id === id)?.text ?? id;
  const lines = answerFirst
    .slice(0, 3)
    .map((value) => `  - ${text(value.questionId)} (${value.questionId}; ${percent(value.changesLeader)} of its answers change the leader)\n`);
  return ['Answer these first:\n', ...lines].join('');
}

function reasons({ recommendation }: Evaluation): string {
  if (recommendation.reasons.length === 0) return '  None: no criterion separates the winner from the runner-up.\n';
  return recommendation.reasons.map((reason, index) => `  ${index + 1}. ${reason.sentence}\n`).join('');
}

/** The ranking's columns, as the text table and the Markdown report show them. */
export const rankingHeaders = ['Rank', 'Option', 'Score', 'TOPSIS', 'PROMETHEE II', 'Win probability', ''];

function rankingTable(ranking: readonly RankedOption[], names: Names): string {
  return formatTable(rankingHeaders, rankingRows(ranking, names), ['right', 'left', 'right', 'right', 'right', 'right']);
}

export function rankingRows(ranking: readonly RankedOption[], names: Names): string[][] {
  return ranking.map((option) => [
    String(option.rank),
    names.option(option.option),
    points(option.score),
    option.topsis === null ? '—' : option.topsis.toFixed(3),
    option.promethee === null ? '—' : option.promethee.toFixed(3),
    option.winProbability === null ? '—' : percent(option.winProbability),
    option.ruledOut ? 'ruled out' : '',
  ]);
}

function sensitivityTable(intervals: readonly StabilityInterval[], names: Names): string {
  const other = (id: OptionId | null) => (id ? names.option(id) : '—');
  const rows = intervals.map((interval) => [
    names.criterion(interval.criterion),
    percent(interval.weight),
    `${percent(interval.low)} – ${percent(interval.high)}`,
    other(interval.takesOverBelow),
    other(interval.takesOverAbove),
  ]);
  return formatTable(['Criterion', 'Weight', 'Winner holds', 'Below, wins', 'Above, wins'], rows, ['left', 'right', 'right']);
}
