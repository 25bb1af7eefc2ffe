import { headerKey } from './columns';
import { InventoryError } from './errors';
import { inferAnswers, type InferredAnswer } from './inference';
import type { Machine } from './machine';

/** What becomes one profile: one server, or the servers of one application under --group-by. */
export interface Workload {
  name: string;
  /** The grouping column's value, or null for one workload per server. */
  group: string | null;
  machines: Machine[];
  inferred: InferredAnswer[];
  /** Questions the servers answer differently: left unanswered, and said so in the notes. */
  conflicts: { questionId: string; answers: string[] }[];
}

/** One workload per server, or per value of the grouping column (a server with an empty value stays on its own). */
export function workloadsOf(machines: readonly Machine[], groupBy: string | null): Workload[] {
  if (groupBy === null) return machines.map((machine) => workloadOf(machine.name, null, [machine]));
  const key = headerKey(groupBy);
  if (machines.length > 0 && machines.every((machine) => !machine.cells.has(key))) {
    throw new InventoryError(`--group-by "${groupBy}": the inventory has no such column.`);
  }
  const groups = new Map<string, Machine[]>();
  const alone: Machine[] = [];
  for (const machine of machines) {
    const value = machine.cells.get(key) ?? '';
    if (value === '') alone.push(machine);
    else groups.set(value, [...(groups.get(value) ?? []), machine]);
  }
  return [
    ...[...groups].map(([value, members]) => workloadOf(value, value, members)),
    ...alone.map((machine) => workloadOf(machine.name, null, [machine])),
  ];
}

function workloadOf(name: string, group: string | null, machines: Machine[]): Workload {
  const byQuestion = new Map<string, InferredAnswer[]>();
  for (const inferred of machines.flatMap(inferAnswers)) {
    byQuestion.set(inferred.questionId, [...(byQuestion.get(inferred.questionId) ?? []), inferred]);
  }
  const inferred: InferredAnswer[] = [];
  const conflicts: Workload['conflicts'] = [];
  for (const [questionId, answers] of byQuestion) {
    const distinct = [...new Set(answers.map((answer) => answer.answerId))];
    if (distinct.length === 1) inferred.push(answers[0]!);
    else conflicts.push({ questionId, answers: distinct });
  }
  return { name, group, machines, inferred, conflicts };
}
