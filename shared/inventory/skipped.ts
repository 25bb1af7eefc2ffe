/** A row that was read but is no workload, and why: listed in the report, never silently dropped. */
export interface SkippedRow {
  sheet: string;
  row: number;
  reason: string;
}
