import type { StoredSummary } from '../api/contract';
import type { Recommendation } from './types';

/**
 * What a list of workloads keeps of a recommendation (the library, the portfolio): no winner while the engine
 * gives none (too few answers, or no option fits), so a leader never passes for a recommendation.
 */
export function storedSummaryOf({ status, winner, confidence, margin }: Recommendation): StoredSummary {
  return status === 'recommended' ? { winner, confidence, margin } : { winner: null, confidence: null, margin: null };
}
