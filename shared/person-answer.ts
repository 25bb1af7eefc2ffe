import { inferenceNotes } from './inventory/inference-note';
import type { Profile } from './profile';

/**
 * Everything about one question that a person's answer decides, so that it can be put back exactly (an undo).
 * A person's answer is theirs: it takes the question off the list to revisit, and drops the record that an
 * inventory inferred it, or the editor would go on tagging it "Inferred". That record is, until profiles carry
 * provenance, the notes' `Inferred:` line of the question (shared/inventory/inference-note.ts).
 */
export interface AnswerState {
  answerId: string | null;
  /** Where the question sits in `revisit`, or -1 when it is not there. */
  revisitAt: number;
  /** The notes' text that records the answer as inferred, and where it starts; null when there is none. */
  inference: { at: number; text: string } | null;
}

/** The state a person's answer leaves: the answer, and nothing that says otherwise about it. */
export function personState(answerId: string | null): AnswerState {
  return { answerId, revisitAt: -1, inference: null };
}

export function answerStateOf(profile: Profile, questionId: string): AnswerState {
  return {
    answerId: profile.answers[questionId] ?? null,
    revisitAt: profile.revisit.indexOf(questionId),
    inference: inferenceSpan(profile.notes, questionId),
  };
}

export function sameAnswerState(a: AnswerState, b: AnswerState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The profile with the question in `state`: a person's answer (`personState`), or a state read earlier, put back. */
export function withAnswerState(profile: Profile, questionId: string, state: AnswerState): Profile {
  const answers = { ...profile.answers };
  if (state.answerId === null) delete answers[questionId];
  else answers[questionId] = state.answerId;
  const revisit = profile.revisit.filter((id) => id !== questionId);
  if (state.revisitAt >= 0) revisit.splice(state.revisitAt, 0, questionId);
  const current = inferenceSpan(profile.notes, questionId);
  const notes = insert(remove(profile.notes, current), state.inference);
  return { ...profile, answers, revisit, notes };
}

/**
 * The question's `Inferred:` line with one line break (the one after it, or before it for the last line), so
 * that taking it out leaves no empty line and putting it back restores the notes exactly.
 */
function inferenceSpan(notes: string, questionId: string): AnswerState['inference'] {
  let start = 0;
  for (const line of notes.split('\n')) {
    const end = start + line.length;
    if (inferenceNotes(line)[0]?.questionId === questionId) {
      const at = end < notes.length || start === 0 ? start : start - 1;
      return { at, text: notes.slice(at, Math.min(end + 1, notes.length)) };
    }
    start = end + 1;
  }
  return null;
}

function remove(notes: string, span: AnswerState['inference']): string {
  return span ? notes.slice(0, span.at) + notes.slice(span.at + span.text.length) : notes;
}

function insert(notes: string, span: AnswerState['inference']): string {
  return span ? notes.slice(0, span.at) + span.text + notes.slice(span.at) : notes;
}
