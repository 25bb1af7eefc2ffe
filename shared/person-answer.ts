import type { Profile, Provenance } from './profile';

/**
 * Everything about one question that a person's answer decides, so that it can be put back exactly (an undo).
 * A person's answer is theirs: it takes the question off the list to revisit, and drops the record that an
 * inventory inferred it, or the editor would go on tagging it "Inferred".
 */
export interface AnswerState {
  answerId: string | null;
  /** Where the question sits in `revisit`, or -1 when it is not there. */
  revisitAt: number;
  /** What an import inferred for it, with the cell it came from; null when nothing was. */
  inferred: Provenance[string] | null;
}

/** The state a person's answer leaves: the answer, and nothing that says otherwise about it. */
export function personState(answerId: string | null): AnswerState {
  return { answerId, revisitAt: -1, inferred: null };
}

export function answerStateOf(profile: Profile, questionId: string): AnswerState {
  return {
    answerId: profile.answers[questionId] ?? null,
    revisitAt: profile.revisit.indexOf(questionId),
    inferred: profile.provenance?.[questionId] ?? null,
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
  const provenance = { ...profile.provenance };
  delete provenance[questionId];
  if (state.inferred) provenance[questionId] = state.inferred;
  return { ...profile, answers, revisit, provenance: Object.keys(provenance).length > 0 ? provenance : undefined };
}

/** A person's answer (null: cleared) to one question, in the editor or for many workloads at once. */
export function answeredByPerson(profile: Profile, questionId: string, answerId: string | null): Profile {
  return withAnswerState(profile, questionId, personState(answerId));
}

/** The answers no person has given: those an import inferred and nobody has changed since. */
export function inferredAnswers({ answers, provenance }: Pick<Profile, 'answers' | 'provenance'>): Provenance {
  return Object.fromEntries(Object.entries(provenance ?? {}).filter(([question, entry]) => answers[question] === entry.answer));
}
