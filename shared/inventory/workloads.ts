import { headerKey } from './columns';
import { InventoryError } from './errors';
import { inferAnswers, osFamilyOf, type InferenceConflict, type InferredAnswer } from './inference';
import type { Machine } from './machine';

/** What becomes one profile: one server, or the servers of one application under --group-by. */
export interface Workload {
  name: string;
  /** The portfolio group: the grouping column's value, or a server's --label-by value; null when neither names one. */
  group: string | null;
  /** The grouping column and the value its servers share; null for a workload of one server. */
  groupedBy: { column: string; value: string } | null;
  machines: Machine[];
  inferred: InferredAnswer[];
  /** Questions the servers answer differently (or some not at all, where each server's need counts): left open, said in the notes. */
  conflicts: InferenceConflict[];
  /** The OS families of its servers ("Linux", "Windows", "Other"), sorted: more than one is a group to check. */
  osFamilies: string[];
}

/** How servers become workloads: merged by a column's value (groupBy), or one each, labelled with a column's value (labelBy). */
export interface Grouping {
  groupBy: string | null;
  labelBy: string | null;
}

/**
 * One workload per server, or per value of the grouping column (a server with an empty value stays on its own).
 * Ungrouped, each server's portfolio group is its value in the labelling column: its cluster, folder or business unit.
 */
export function workloadsOf(machines: readonly Machine[], { groupBy, labelBy }: Grouping): Workload[] {
  if (groupBy !== null && labelBy !== null) throw new InventoryError('--group-by and --label-by: choose one (a merged application is its own group).');
  const label = labelBy === null ? () => null : cellOf(machines, labelBy, '--label-by');
  return serverSets(machines, groupBy).map(({ groupedBy, machines: members }) =>
    groupedBy === null ? workloadOf(members[0]!.name, label(members[0]!), null, members) : workloadOf(groupedBy.value, groupedBy.value, groupedBy, members),
  );
}

/** The servers of one workload: those sharing the grouping column's value, or one server. */
export interface ServerSet {
  groupedBy: Workload['groupedBy'];
  machines: Machine[];
}

/** The servers merged by the grouping column's value, groups first; a server with an empty value stays on its own. */
export function serverSets(machines: readonly Machine[], groupBy: string | null): ServerSet[] {
  if (groupBy === null) return machines.map((machine) => ({ groupedBy: null, machines: [machine] }));
  const application = cellOf(machines, groupBy, '--group-by');
  const groups = new Map<string, Machine[]>();
  const alone: ServerSet[] = [];
  for (const machine of machines) {
    const value = application(machine);
    if (value === null) alone.push({ groupedBy: null, machines: [machine] });
    else if (groups.has(value)) groups.get(value)!.push(machine);
    else groups.set(value, [machine]);
  }
  return [...[...groups].map(([value, members]) => ({ groupedBy: { column: groupBy, value }, machines: members })), ...alone];
}

/** A server's non-empty value in the named column; refused when no server has the column. */
function cellOf(machines: readonly Machine[], column: string, option: string): (machine: Machine) => string | null {
  const key = headerKey(column);
  if (machines.length > 0 && machines.every((machine) => !machine.cells.has(key))) {
    throw new InventoryError(`${option} "${column}": the inventory has no such column.`);
  }
  return (machine) => machine.cells.get(key) || null;
}

function workloadOf(name: string, group: string | null, groupedBy: Workload['groupedBy'], machines: Machine[]): Workload {
  const { inferred, conflicts } = inferAnswers(machines);
  const osFamilies = [...new Set(machines.flatMap((machine) => osFamilyOf(machine) ?? []))].sort();
  return { name, group, groupedBy, machines, inferred, conflicts, osFamilies };
}
