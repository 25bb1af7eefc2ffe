import { rankOpenQuestions } from './open-questions';
import { addTo, emptyTally } from './tally';
import type { Portfolio, PortfolioGroup, PortfolioWorkload, WorkloadSummary } from './types';

/**
 * The portfolio of saved workloads from their stored summaries alone: how they split overall and per group, and
 * the unanswered questions that could change the most recommendations. Groups come largest first (then by name,
 * numbers in order, the workloads without a group last among equals).
 */
export function portfolioOf(summaries: readonly WorkloadSummary[]): Portfolio {
  const tally = emptyTally();
  const groups = new Map<string | null, PortfolioGroup>();
  const workloads = summaries.map((summary, index) => {
    const workload = portfolioWorkload(summary);
    addTo(tally, workload);
    const group = groups.get(workload.group) ?? { name: workload.group, tally: emptyTally(), workloads: [] };
    addTo(group.tally, workload);
    group.workloads.push(index);
    groups.set(workload.group, group);
    return workload;
  });
  return {
    workloads,
    tally,
    groups: [...groups.values()].sort(largestFirst),
    openQuestions: rankOpenQuestions(summaries),
    unranked: summaries.filter((summary) => summary.openQuestions === null).length,
  };
}

function portfolioWorkload({ id, name, group, winner, confidence, decision }: WorkloadSummary): PortfolioWorkload {
  return { id, name, group, winner, confidence, decision };
}

function largestFirst(a: PortfolioGroup, b: PortfolioGroup): number {
  if (a.workloads.length !== b.workloads.length) return b.workloads.length - a.workloads.length;
  if (a.name === null || b.name === null) return a.name === null ? 1 : -1;
  return a.name.localeCompare(b.name, 'en', { numeric: true });
}
