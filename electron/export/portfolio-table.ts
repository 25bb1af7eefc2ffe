import type { Catalog } from '../../shared/catalog';
import { decisionStatus, type DecisionState } from '../../shared/decision';
import type { Evaluation, RecommendationStatus } from '../../shared/engine';
import { csvLine } from '../../shared/export';
import type { Profile } from '../../shared/profile';
import { nameLookup, type Names } from '../cli/names';
import { tableXlsx } from './table-xlsx';

/** The portfolio's columns: one row per workload, each with its width in a spreadsheet (characters). */
const portfolioColumns = [
  { header: 'Group', width: 20 },
  { header: 'Workload', width: 28 },
  { header: 'Status', width: 18 },
  { header: 'Leading option', width: 24 },
  { header: 'Confidence', width: 12 },
  { header: 'Runner-up', width: 24 },
  { header: 'Margin (points)', width: 10, numeric: true },
  { header: 'Deciding reasons', width: 60 },
  { header: 'Answer these first', width: 50 },
  { header: 'Rules applied', width: 60 },
  { header: 'Decision', width: 28 },
];

export const portfolioHeaders = portfolioColumns.map(({ header }) => header);

/** Whether the workload has a recommendation, or why not: a column to filter on, apart from the option leading. */
const statusTexts: Record<RecommendationStatus, string> = {
  recommended: 'Recommended',
  'insufficient-answers': 'Not enough answers',
  'no-feasible-option': 'No option fits',
};

/** One workload of the portfolio: its group (the CLI: its file; the app: the profile's group), if any, and its evaluation now. */
export interface EvaluatedWorkload {
  group: string | null;
  profile: Profile;
  evaluation: Evaluation;
}

/** One row of the table: the group and the workload's name, then what its evaluation says (`workloadCells`). */
export interface PortfolioRow {
  group: string | null;
  name: string;
  cells: readonly string[];
}

/** The portfolio as a table of text cells, headers first: what the CSV and the XLSX export both write. */
export function portfolioTable(rows: readonly PortfolioRow[]): string[][] {
  return [[...portfolioHeaders], ...rows.map(({ group, name, cells }) => [group ?? '', name, ...cells])];
}

/** The rows of evaluated workloads (the command line evaluates them itself; the app on the evaluation pool). */
export function portfolioRows(workloads: readonly EvaluatedWorkload[], catalog: Catalog): PortfolioRow[] {
  const names = nameLookup(catalog);
  return workloads.map(({ group, profile, evaluation }) => ({ group, name: evaluation.name, cells: workloadCells(profile, evaluation, catalog, names) }));
}

/** The table as an XLSX workbook: the columns' widths, the margin as a number. */
export function portfolioXlsx(table: readonly (readonly string[])[]): Promise<Uint8Array> {
  const numeric = new Set(portfolioColumns.flatMap((column, index) => ('numeric' in column ? [index] : [])));
  return tableXlsx(table, 'Portfolio', { widths: portfolioColumns.map(({ width }) => width), numeric });
}

/**
 * The table as CSV for a spreadsheet: every field quoted and neutralised against formula injection (a name from
 * a file could start with "="), records ended with CRLF.
 */
export function tableCsv(table: readonly (readonly string[])[]): string {
  return table.map(csvLine).join('');
}

/** What a workload's evaluation says, from Recommendation to Decision: it depends on its inputs, not its name. */
export function workloadCells(profile: Profile, evaluation: Evaluation, catalog: Catalog, names: Names = nameLookup(catalog)): string[] {
  const { status, winner, runnerUp, confidence, margin, reasons } = evaluation.recommendation;
  const question = (id: string) => catalog.questions.find((candidate) => candidate.id === id)?.text ?? id;
  return [
    statusTexts[status],
    status === 'no-feasible-option' ? `${names.option(winner)} (ruled out)` : names.option(winner),
    confidence ? `${confidence[0]!.toUpperCase()}${confidence.slice(1)}` : '',
    runnerUp ? names.option(runnerUp) : '',
    margin === null ? '' : String(Math.round(margin * 10) / 10),
    reasons.map((reason) => reason.sentence).join('\n'),
    evaluation.answerFirst.map((value) => `${question(value.questionId)} (${value.questionId})`).join('\n'),
    rulesApplied(evaluation).join('\n'),
    decisionCell(decisionStatus(profile, evaluation), names),
  ];
}

/**
 * The catalogue rules that moved a rating, ruled an option out or left a note, each as its reason with its id (what
 * the catalogue and `hostwise catalog` name it by), then the house rules' entries.
 */
function rulesApplied(evaluation: Evaluation): string[] {
  const catalogue = new Map(
    [...evaluation.ranking.flatMap((option) => [...option.ruleOuts, ...option.contributions.flatMap((contribution) => contribution.adjustments)]), ...evaluation.recommendation.notes].map(
      (ref) => [ref.rule, `${ref.reason} (${ref.rule})`],
    ),
  );
  const house = evaluation.houseRules;
  const entries = house ? house.effects.map((effect) => `${house.name} ${house.version}: ${effect.entry}`) : [];
  return [...catalogue.values(), ...new Set(entries)];
}

/** "Accepted: Virtual machine", "Overridden: Containers on VMs (stale)", or "Undecided" (a proposed decision is not one yet). */
function decisionCell(state: DecisionState, names: Names): string {
  if (state.status === 'undecided') return 'Undecided';
  const { kind, option } = state.decision;
  return `${kind === 'accept' ? 'Accepted' : 'Overridden'}: ${names.option(option)}${state.status === 'stale' ? ' (stale)' : ''}`;
}
