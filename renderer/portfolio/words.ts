import type { ConfidenceKey, OpenQuestionRank, OptionKey } from '../../shared/portfolio';
import { plural } from '../app/format';
import type { Labels } from '../catalog/labels';

/** The words for a workload's recommendation in the portfolio: an option, or none yet. */
export function optionWord(option: OptionKey, labels: Labels): string {
  return option === 'none' ? 'No recommendation yet' : labels.option(option);
}

export const confidenceWords: Record<ConfidenceKey, string> = {
  high: 'High confidence',
  moderate: 'Moderate confidence',
  low: 'Low confidence',
  none: 'No recommendation yet',
};

export function groupWord(name: string | null): string {
  return name ?? 'No group';
}

/**
 * What answering a question does across the portfolio: "Hostwise needs its answer to recommend for 14 workloads, and
 * it could change the leading option of 6", or either half alone.
 */
export function questionImpact({ holdsBack, changesLeading, workloads }: Pick<OpenQuestionRank, 'holdsBack' | 'changesLeading' | 'workloads'>): string {
  const needed = holdsBack > 0 ? `Hostwise needs its answer to recommend for ${plural(holdsBack, 'workload')}` : null;
  if (changesLeading === 0) return needed ?? `Open for ${plural(workloads.length, 'workload')}`;
  return needed
    ? `${needed}, and it could change the leading option of ${changesLeading.toLocaleString('en')}`
    : `Could change the leading option of ${plural(changesLeading, 'workload')}`;
}
