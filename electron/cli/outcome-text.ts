import type { Outcome } from '../../shared/house-rules';
import type { Names } from './names';

/** How a recommendation's status reads, before the option it names. */
export const verdicts = {
  recommended: 'Recommendation',
  'insufficient-answers': 'Not enough answers to recommend; leading so far',
  'no-feasible-option': 'No option fits: every option is ruled out; best of them',
} as const;

/** "Recommendation: Virtual machine", for comparing outcomes in a line. */
export function outcomeText({ status, winner }: Outcome, names: Names): string {
  return `${verdicts[status]}: ${names.option(winner)}`;
}
