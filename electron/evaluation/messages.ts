import type { Ruleset } from '../../shared/house-rules';
import type { Profile } from '../../shared/profile';
import type { TaskName } from './tasks';

/** What the pool sends a worker: the ruleset of the run once, then batches of profiles. */
export type ToWorker = { kind: 'ruleset'; ruleset: Ruleset } | { kind: 'batch'; task: TaskName; profiles: Profile[] };

/** What a worker answers: that it has loaded, then each batch's results in the order of its profiles. */
export type FromWorker = { kind: 'ready' } | { kind: 'results'; results: unknown[] };
