import { decisionStandings } from '../decision/standing';
import { confidenceKeys, type ConfidenceKey, type PortfolioWorkload, type Tally } from './types';

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

export function emptyTally(): Tally {
  return { workloads: 0, options: {}, confidence: zeroes(confidenceKeys), decision: zeroes(decisionStandings) };
}

/** Counts one more workload into `tally`. */
export function addTo(tally: Tally, { winner, confidence, decision }: Pick<PortfolioWorkload, 'winner' | 'confidence' | 'decision'>): void {
  const level: ConfidenceKey = winner === null ? 'none' : (confidence ?? 'none');
  const option = winner ?? 'none';
  const byConfidence = (tally.options[option] ??= zeroes(confidenceKeys));
  byConfidence[level] += 1;
  tally.confidence[level] += 1;
  tally.decision[decision] += 1;
  tally.workloads += 1;
}

/** How many workloads of `tally` are recommended `option` (or none), whatever the confidence. */
export function optionCount(tally: Tally, option: keyof Tally['options']): number {
  const byConfidence = tally.options[option];
  return byConfidence ? confidenceKeys.reduce((sum, level) => sum + byConfidence[level], 0) : 0;
}
