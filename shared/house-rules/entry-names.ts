import type { EntryKind } from './schema';

/** How messages and screens name an entry of each kind. Zod-free, so the renderer may import it. */
export const entryNames: Record<EntryKind, string> = {
  questions: 'Question',
  preAnswers: 'Organisation answer',
  weights: 'Default weight',
  ratings: 'Rating shift',
  ruleOuts: 'Rule-out',
  required: 'Required answer',
};
