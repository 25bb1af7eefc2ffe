import type { Catalog, Question } from '../catalog/types';
import type { Profile } from '../profile';
import { fileError, type ProfileFileError } from './errors';
import { formatPath, type PathSegment } from './json-path';
import { quote } from './text';

/**
 * Whether every answered question, every answer, every question to revisit and every criterion weighted by hand
 * exists in the catalogue. A profile saved under house rules may answer their questions too: the catalogue passed
 * in has them when those rules are loaded; when not, such answers are kept as they are.
 * Null when they all do. `at` is where the profile sits (e.g. `['profiles', 2]`), for the error's path.
 */
export function checkAnswers(
  profile: Pick<Profile, 'answers' | 'revisit' | 'weightOverrides' | 'houseRules'>,
  catalog: Catalog,
  at: readonly PathSegment[] = [],
): ProfileFileError | null {
  const question = (id: string) => catalog.questions.find((candidate) => candidate.id === id);
  for (const [questionId, answerId] of Object.entries(profile.answers)) {
    const path = formatPath([...at, 'answers', questionId]);
    const asked = question(questionId);
    if (!asked && profile.houseRules) continue;
    if (!asked) return unknownQuestion(questionId, path);
    if (!asked.answers.some((answer) => answer.id === answerId)) return unknownAnswer(asked, answerId, path);
  }
  const index = profile.revisit.findIndex((id) => !question(id));
  if (index !== -1) return unknownQuestion(profile.revisit[index]!, formatPath([...at, 'revisit', index]));
  const criterion = Object.keys(profile.weightOverrides).find((id) => !catalog.criteria.some((known) => known.id === id));
  return criterion === undefined ? null : unknownCriterion(catalog, criterion, formatPath([...at, 'weightOverrides', criterion]));
}

function unknownCriterion(catalog: Catalog, id: string, path: string): ProfileFileError {
  const accepted = catalog.criteria.map((criterion) => criterion.id).join(', ');
  return fileError('unknown-criterion', `The catalogue has no criterion ${quote(id)}; it weighs ${accepted}.`, { path });
}

function unknownQuestion(id: string, path: string): ProfileFileError {
  return fileError('unknown-question', `The catalogue has no question ${quote(id)}.`, { path });
}

function unknownAnswer(question: Question, answerId: string, path: string): ProfileFileError {
  const accepted = question.answers.map((answer) => answer.id).join(', ');
  return fileError(
    'unknown-answer',
    `${quote(answerId)} is not an answer to the question ${quote(question.id)}; it accepts ${accepted}.`,
    { path },
  );
}
