import { catalog } from '../../shared/catalog';
import type { Profile } from '../../shared/profile';

/** An unanswered profile; the main process stamps `updatedAt` when it saves. */
export function newProfile(name = 'Untitled workload'): Profile {
  const now = new Date().toISOString();
  return { id: crypto.randomUUID(), name, catalogVersion: catalog.version, answers: {}, weightOverrides: {}, notes: '', revisit: [], createdAt: now, updatedAt: now };
}
