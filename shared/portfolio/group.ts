import type { Profile } from '../profile';

/** The group a workload belongs to (application, cluster, business unit); null when it has none. */
export function groupOf({ group }: Pick<Profile, 'group'>): string | null {
  return group ?? null;
}
