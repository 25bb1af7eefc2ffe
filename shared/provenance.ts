import type { Profile, Provenance } from './profile';

/** The answers no person has given: those an import inferred and nobody has changed since. */
export function inferredAnswers({ answers, provenance }: Pick<Profile, 'answers' | 'provenance'>): Provenance {
  return Object.fromEntries(Object.entries(provenance ?? {}).filter(([question, entry]) => answers[question] === entry.answer));
}

/**
 * A person's answer (null: cleared) to one question: it replaces whatever an import inferred there, and the
 * question is no longer one to revisit.
 */
export function answeredByPerson(profile: Profile, questionId: string, answerId: string | null): Profile {
  const answers = { ...profile.answers };
  if (answerId === null) delete answers[questionId];
  else answers[questionId] = answerId;
  const provenance = { ...profile.provenance };
  delete provenance[questionId];
  const revisit = profile.revisit.filter((id) => id !== questionId);
  return { ...profile, answers, revisit, provenance: Object.keys(provenance).length > 0 ? provenance : undefined };
}
