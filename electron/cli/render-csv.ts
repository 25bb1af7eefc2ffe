import { basename } from 'node:path';
import type { Catalog } from '../../shared/catalog';
import type { Evaluation } from '../../shared/engine';
import { csvLine } from '../../shared/export';
import { nameLookup, type Names } from './names';
import { verdicts } from './outcome-text';

/** The portfolio's columns: one row per workload. */
export const portfolioHeaders = ['Group', 'Workload', 'Recommendation', 'Confidence', 'Runner-up', 'Deciding reasons', 'Answer these first', 'Rules applied'];

export type PortfolioRows = readonly { file: string; evaluation: Evaluation }[];

/** The portfolio as a table of text cells, headers first: what the CSV and the XLSX export both write. */
export function portfolioTable(rows: PortfolioRows, catalog: Catalog): string[][] {
  const names = nameLookup(catalog);
  return [[...portfolioHeaders], ...rows.map(({ file, evaluation }) => portfolioRow(basename(file), evaluation, names, catalog))];
}

/**
 * The portfolio as CSV for a spreadsheet: every field quoted and neutralised against formula injection (a cell
 * from a file could start with "="). The group is the profile file each workload came from.
 */
export function portfolioCsv(rows: PortfolioRows, catalog: Catalog): string {
  return portfolioTable(rows, catalog).map(csvLine).join('');
}

function portfolioRow(group: string, evaluation: Evaluation, names: Names, catalog: Catalog): string[] {
  const { status, winner, runnerUp, confidence, reasons } = evaluation.recommendation;
  const question = (id: string) => catalog.questions.find((candidate) => candidate.id === id)?.text ?? id;
  return [
    group,
    evaluation.name,
    status === 'recommended' ? names.option(winner) : `${verdicts[status]}: ${names.option(winner)}`,
    confidence ?? '',
    runnerUp ? names.option(runnerUp) : '',
    reasons.map((reason) => reason.sentence).join('\n'),
    evaluation.answerFirst.map((value) => `${question(value.questionId)} (${value.questionId})`).join('\n'),
    rulesApplied(evaluation).join('\n'),
  ];
}

/** The catalogue rules that moved a rating, ruled an option out or left a note, then the house rules' entries. */
function rulesApplied(evaluation: Evaluation): string[] {
  const catalogue = new Set([
    ...evaluation.ranking.flatMap((option) => [...option.ruleOuts, ...option.contributions.flatMap((contribution) => contribution.adjustments)]),
    ...evaluation.recommendation.notes,
  ].map((ref) => ref.rule));
  const house = evaluation.houseRules;
  const entries = house ? house.effects.map((effect) => `${house.name} ${house.version}: ${effect.entry}`) : [];
  return [...catalogue, ...new Set(entries)];
}
