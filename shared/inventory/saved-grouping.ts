import { headerKey } from './columns';
import { workloadId } from './identity';
import type { Machine } from './machine';
import { serverSets } from './workloads';

/** A grouping of an estate's servers under which some of its workloads are saved already. */
export interface SavedGrouping {
  /** The grouping column; null: one workload per server. */
  groupBy: string | null;
  /** How many of its workloads are saved, and how many servers they hold. */
  workloads: number;
  servers: number;
}

/**
 * The grouping, other than the one under review, under which more of these servers are saved already than under the
 * one under review: the estate was imported before, grouped another way, and importing it as reviewed would count
 * those servers twice. Null when there is none. Candidates are one workload per server and each of `columns`; a
 * workload both groupings have (a server with no value in the column) counts for neither.
 */
export function savedGrouping(
  machines: readonly Machine[],
  kind: string,
  reviewed: { groupBy: string | null },
  columns: readonly string[],
  isSaved: (id: string) => boolean,
): SavedGrouping | null {
  const workloadsOf = (groupBy: string | null) =>
    serverSets(machines, groupBy).map((set) => ({ servers: set.machines.length, id: workloadId({ kind, groupBy: set.groupedBy, machines: set.machines }) }));
  const underReview = workloadsOf(reviewed.groupBy);
  const reviewedIds = new Set(underReview.map(({ id }) => id));
  let found: SavedGrouping | null = null;
  for (const groupBy of [null, ...columns]) {
    if (sameColumn(groupBy, reviewed.groupBy)) continue;
    const candidate = workloadsOf(groupBy);
    const candidateIds = new Set(candidate.map(({ id }) => id));
    const saved = candidate.filter(({ id }) => !reviewedIds.has(id) && isSaved(id));
    const servers = saved.reduce((sum, workload) => sum + workload.servers, 0);
    const savedAsReviewed = underReview.filter(({ id }) => !candidateIds.has(id) && isSaved(id)).reduce((sum, workload) => sum + workload.servers, 0);
    if (servers > savedAsReviewed && servers > (found?.servers ?? 0)) found = { groupBy, workloads: saved.length, servers };
  }
  return found;
}

function sameColumn(a: string | null, b: string | null): boolean {
  return a === null || b === null ? a === b : headerKey(a) === headerKey(b);
}
