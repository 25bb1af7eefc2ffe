import type { Profile } from '../profile';

/** The group a workload belongs to (application, cluster, business unit); null when it has none or a blank one. */
export function groupOf(profile: Profile & { group?: string }): string | null {
  const name = profile.group?.trim() ?? '';
  return name === '' ? null : name;
}
