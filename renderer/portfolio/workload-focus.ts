/** Some workloads of the portfolio the groups table is narrowed to: those an open question could change. */
export interface WorkloadFocus {
  /** Says which workloads, as a sentence. */
  label: string;
  /** Indices into the portfolio's workloads. */
  workloads: ReadonlySet<number>;
}
