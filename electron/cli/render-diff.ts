import type { Catalog } from '../../shared/catalog';
import { describeAnswerChange, describeWeightChange, type ProfilesDiff, type WorkloadChange, type WorkloadOnce } from '../../shared/decision';
import type { Block, Item } from './document';
import { decisionText, stateNames } from './decision-text';
import { nameLookup, type Names } from './names';
import { outcomeText } from './outcome-text';

/** The comparison of two profile files, for `toText` or `toMarkdown`: workloads added and removed, then each changed one. */
export function diffBlocks(diff: ProfilesDiff, catalog: Catalog): Block[] {
  const names = nameLookup(catalog);
  const changed = diff.compared.filter(hasChanged);
  const unchanged = diff.compared.filter((workload) => !hasChanged(workload));
  const once = (workload: WorkloadOnce): Item => ({ text: `${label(workload)}: ${outcomeText(workload.recommendation, names)}` });
  return [
    { kind: 'paragraph', text: `Workloads: ${diff.added.length} added, ${diff.removed.length} removed, ${changed.length} of ${diff.compared.length} changed.` },
    ...section('Added', diff.added.map(once)),
    ...section('Removed', diff.removed.map(once)),
    ...changed.flatMap((workload) => changedBlocks(workload, catalog, names)),
    ...section('Unchanged', unchanged.map((workload) => ({ text: `${label(workload)}: ${outcomeText(workload.recommendation.after, names)}` }))),
  ];
}

function changedBlocks(workload: WorkloadChange, catalog: Catalog, names: Names): Block[] {
  const { answers, weights, recommendation, decision } = workload;
  const movement = recommendation.moved
    ? `${outcomeText(recommendation.before, names)} → ${outcomeText(recommendation.after, names)}`
    : `${outcomeText(recommendation.after, names)} (unchanged)`;
  const items: Item[] = [
    ...answers.map((change) => ({ text: describeAnswerChange(change, catalog), items: change.effects.map((text) => ({ text })) })),
    ...weights.map((change) => ({ text: describeWeightChange(change, catalog) })),
    { text: movement, items: recommendation.reasons.map((text) => ({ text: `Why: ${text}` })) },
    { text: `Decision: ${decisionChange(decision, names)}; ${stateNames[decision.status]}` },
  ];
  return [{ kind: 'heading', level: 2, text: label(workload) }, { kind: 'list', items }];
}

function decisionChange(decision: WorkloadChange['decision'], names: Names): string {
  const text = (summary: typeof decision.before) => (summary ? decisionText(summary, names) : 'none');
  return decisionChanged(decision) ? `${text(decision.before)} → ${text(decision.after)}` : text(decision.after);
}

function hasChanged({ answers, weights, recommendation, decision }: WorkloadChange): boolean {
  return answers.length + weights.length > 0 || recommendation.moved || decisionChanged(decision);
}

function decisionChanged({ before, after }: WorkloadChange['decision']): boolean {
  return JSON.stringify(before) !== JSON.stringify(after);
}

function section(title: string, items: Item[]): Block[] {
  return items.length === 0 ? [] : [{ kind: 'heading', level: 2, text: title }, { kind: 'list', items }];
}

function label({ name, profileId }: { name: string; profileId: string }): string {
  return `${name} (${profileId})`;
}
