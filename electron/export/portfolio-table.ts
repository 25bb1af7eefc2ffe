import type { Catalog } from '../../shared/catalog';
import { decisionStatus, type DecisionState } from '../../shared/decision';
import type { Evaluation } from '../../shared/engine';
import { csvLine } from '../../shared/export';
import type { Profile } from '../../shared/profile';
import { nameLookup, type Names } from '../cli/names';
import { verdicts } from '../cli/outcome-text';

/** The portfolio's columns: one row per workload. */
export const portfolioHeaders = ['Group', 'Workload', 'Recommendation', 'Confidence', 'Runner-up', 'Deciding reasons', 'Answer these first', 'Rules applied', 'Decision'];

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

/**
 * The table as CSV for a spreadsheet: every field quoted and neutralised against formula injection (a name from
 * a file could start with "="), records ended with CRLF.
 */
export function tableCsv(table: readonly (readonly string[])[]): string {
  return table.map(csvLine).join('');
}

/** What a workload's evaluation says, from Recommendation to Decision: it depends on its inputs, not its name. */
export function workloadCells(profile: Profile, evaluation: Evaluation, catalog: Catalog, names: Names = nameLookup(catalog)): string[] {
  const { status, winner, runnerUp, confidence, reasons } = evaluation.recommendation;
  const question = (id: string) => catalog.questions.find((candidate) => candidate.id === id)?.text ?? id;
  return [
    status === 'recommended' ? names.option(winner) : `${verdicts[status]}: ${names.option(winner)}`,
    confidence ? `${confidence[0]!.toUpperCase()}${confidence.slice(1)}` : '',
    runnerUp ? names.option(runnerUp) : '',
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
