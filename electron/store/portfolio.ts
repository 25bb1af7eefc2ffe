import type { WorkloadSummary } from '../../shared/portfolio/types';
import { workloadSummaryOf } from './records';
import type { SqlDb } from './sqlite';

/** Every saved workload (not the trash) as the portfolio reads it, by name: summary columns only, no profile JSON. */
export function listWorkloads(db: SqlDb): WorkloadSummary[] {
  return db
    .all('SELECT id, name, group_name, winner, confidence, margin, decision, open_questions FROM profiles WHERE deleted_at IS NULL ORDER BY name, id')
    .map(workloadSummaryOf);
}
