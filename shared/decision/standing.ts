import type { DecisionState } from './status';

/** How a profile's decision stands, as the library lists and filters it. */
export const decisionStandings = ['decided', 'undecided', 'stale'] as const;
export type DecisionStanding = (typeof decisionStandings)[number];

/** A current decision is `decided`; undecided and stale ones keep their name. */
export function standingOf({ status }: DecisionState): DecisionStanding {
  return status === 'current' ? 'decided' : status;
}
