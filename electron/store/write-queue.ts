export interface WriteSteps {
  /** Makes everything applied so far durable. */
  persist: () => Promise<void>;
  /** Returns the in-memory state to what is durable, after `persist` failed. */
  rollback: () => void;
  /** Runs after a batch is settled, before the next one (housekeeping off the acknowledgement path). */
  afterFlush: () => Promise<void>;
}

interface Job {
  apply: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Serializes writes. Jobs that arrive while a write is on its way are applied together and persisted by
 * the next single write; each job's promise settles only after the write that includes it. A job that
 * throws is rejected alone; when the write fails, every job in it is rejected and `rollback` runs first.
 * `afterFlush` runs after each write's jobs are settled.
 */
export class WriteQueue {
  private pending: Job[] = [];
  private draining: Promise<void> | null = null;

  constructor(private readonly steps: WriteSteps) {}

  submit<T>(apply: () => T): Promise<T> {
    const settled = new Promise<T>((resolve, reject) => {
      this.pending.push({ apply, resolve: (value) => resolve(value as T), reject });
    });
    this.draining ??= this.drain();
    return settled;
  }

  /** Resolves once every submitted job has settled. */
  idle(): Promise<void> {
    return this.draining ?? Promise.resolve();
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      await this.flush(this.pending.splice(0));
      await this.steps.afterFlush();
    }
    this.draining = null;
  }

  private async flush(batch: Job[]): Promise<void> {
    const applied: { job: Job; value: unknown }[] = [];
    for (const job of batch) {
      try {
        applied.push({ job, value: job.apply() });
      } catch (error) {
        job.reject(error);
      }
    }
    if (applied.length === 0) return;
    try {
      await this.steps.persist();
    } catch (error) {
      this.steps.rollback();
      for (const { job } of applied) job.reject(error);
      return;
    }
    for (const { job, value } of applied) job.resolve(value);
  }
}
