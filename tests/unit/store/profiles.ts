import { randomUUID } from 'node:crypto';
import type { Profile } from '../../../shared/profile';
import type { EvaluationSummary } from '../../../electron/store/records';

/** A valid profile of realistic size; `overrides` set what a test cares about. */
export function makeProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    id: randomUUID(),
    name: 'Payments API',
    catalogVersion: 2,
    answers: { 'os-needs': 'linux', 'load-pattern': 'bursty' },
    weightOverrides: { isolation: 40 },
    notes: 'Runs on the shared cluster.',
    revisit: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export const summary: EvaluationSummary = { winner: 'container', confidence: 'high', margin: 12.5, decision: 'undecided' };
