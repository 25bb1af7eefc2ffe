import type { Profile } from '../../shared/profile';

/** An unanswered profile of the given catalogue version; the main process stamps `updatedAt` when it saves. */
export function newProfile(catalogVersion: number, name = 'Untitled workload'): Profile {
  const now = new Date().toISOString();
  return { id: crypto.randomUUID(), name, catalogVersion, answers: {}, weightOverrides: {}, notes: '', revisit: [], createdAt: now, updatedAt: now };
}
