import { headerKey } from './columns';
import { workloadId } from './identity';
import type { Machine } from './machine';
import { serverSets } from './workloads';

/** A grouping of an estate's servers under which some of its workloads are saved already. */
export interface SavedGrouping {
  /** The grouping column; null: one workload per server. */
  groupBy: string | null;
  /** How many of its workloads are saved (not counting those the grouping under review imports too). */
  workloads: number;
}

/**
 * The grouping, other than the one under review, under which most of these servers' workloads are saved already:
 * the estate was imported before, grouped another way, and importing it as reviewed would count those servers
 * twice. Null when there is none. Candidates are one workload per server and each of `columns`.
 */
export function savedGrouping(
  machines: readonly Machine[],
  kind: string,
  reviewed: { groupBy: string | null; ids: ReadonlySet<string> },
  columns: readonly string[],
  isSaved: (id: string) => boolean,
): SavedGrouping | null {
  let found: SavedGrouping | null = null;
  for (const groupBy of [null, ...columns]) {
    if (sameColumn(groupBy, reviewed.groupBy)) continue;
    const workloads = serverSets(machines, groupBy).filter((set) => {
      const id = workloadId({ kind, groupBy: set.groupedBy, machines: set.machines });
      return !reviewed.ids.has(id) && isSaved(id);
    }).length;
    if (workloads > (found?.workloads ?? 0)) found = { groupBy, workloads };
  }
  return found;
}

function sameColumn(a: string | null, b: string | null): boolean {
  return a === null || b === null ? a === b : headerKey(a) === headerKey(b);
}
