import type { ConfidenceKey, OptionKey } from '../../shared/portfolio';
import type { Labels } from '../catalog/labels';

/** The words for a workload's recommendation in the portfolio: an option, or none yet. */
export function optionWord(option: OptionKey, labels: Labels): string {
  return option === 'none' ? 'No recommendation yet' : labels.option(option);
}

/** The short form, where columns are narrow: the option's short name, or "None yet". */
export function optionShortWord(option: OptionKey, labels: Labels): string {
  return option === 'none' ? 'None yet' : labels.shortOption(option);
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

/** "could change 1 recommendation", "could change 12 recommendations". */
export function couldChange(count: number): string {
  return `could change ${count.toLocaleString('en')} recommendation${count === 1 ? '' : 's'}`;
}
