import type { CriterionId, OptionId } from '../../shared/catalog';
import { catalog } from '../../shared/catalog';
import type { Confidence } from '../../shared/engine/types';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A stored timestamp as the user reads it, in their time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

const optionNames = new Map(catalog.options.map((option) => [option.id, option.name]));
const criterionNames = new Map(catalog.criteria.map((criterion) => [criterion.id, criterion.name]));

export function optionName(id: OptionId | null): string {
  return id === null ? 'No recommendation' : (optionNames.get(id) ?? id);
}

export function criterionName(id: CriterionId): string {
  return criterionNames.get(id) ?? id;
}

const confidenceWords: Record<Confidence, string> = { high: 'High', moderate: 'Moderate', low: 'Low' };

/** "High", "Moderate", "Low", or a dash where no simulation gave one. */
export function confidenceName(confidence: Confidence | null): string {
  return confidence ? confidenceWords[confidence] : '—';
}

export function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

/** The question's text and the chosen answer's label, as the questionnaire shows them. */
export function answerWords(questionId: string, answerId: string): { question: string; answer: string } {
  const question = catalog.questions.find((q) => q.id === questionId);
  return { question: question?.text ?? questionId, answer: question?.answers.find((a) => a.id === answerId)?.label ?? answerId };
}
