import { useMemo } from 'react';
import { inferenceNotes, type InferenceNote } from '../../shared/inventory/inference-note';

/** Question → the answer an inventory import inferred, as the notes record it. */
export type InferredAnswers = Readonly<Record<string, InferenceNote>>;

/**
 * The inferred answers of the notes, the same object while they stay the same: typing in the notes leaves the
 * memoised questionnaire alone.
 */
export function useInferredAnswers(notes: string): InferredAnswers {
  const key = JSON.stringify(inferenceNotes(notes));
  return useMemo(() => Object.fromEntries((JSON.parse(key) as InferenceNote[]).map((note) => [note.questionId, note])), [key]);
}
