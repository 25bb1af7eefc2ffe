import type { OptionId } from '../../shared/catalog/types';
import type { Confidence, RecommendationStatus } from '../../shared/engine/types';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A stored timestamp as the user reads it, in their time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

const confidenceWords: Record<Confidence, string> = { high: 'High', moderate: 'Moderate', low: 'Low' };

/** "High", "Moderate", "Low", or a dash where no simulation gave one. */
export function confidenceName(confidence: Confidence | null): string {
  return confidence ? confidenceWords[confidence] : '—';
}

export function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}


const statusWords: Record<RecommendationStatus, string> = {
  recommended: 'Recommended',
  'insufficient-answers': 'Not enough answers to recommend',
  'no-feasible-option': 'Every option is ruled out',
};

/** What a recommendation's status means, in the words the screen and the report use. */
export function statusName(status: RecommendationStatus): string {
  return statusWords[status];
}

/** A recommendation in a few words: the option, or that there is none yet and who leads. */
export function outcomeName({ status, winner }: { status: RecommendationStatus; winner: OptionId }, option: (id: OptionId) => string): string {
  return status === 'recommended' ? option(winner) : `None yet (${option(winner)} leads)`;
}
