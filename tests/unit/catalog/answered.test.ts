import { describe, expect, it } from 'vitest';
import { answeredQuestions, catalog } from '../../../shared/catalog';

describe('the questions a profile answers', () => {
  it('lists each answered question with its answer, in questionnaire order, skipping ids the catalogue does not know', () => {
    const [first, second] = catalog.questions;
    if (!first || !second) throw new Error('The catalogue has fewer than two questions.');
    const answers = { [second.id]: second.answers[0]!.id, 'no-such-question': 'x', [first.id]: 'no-such-answer' };
    expect(answeredQuestions(answers, catalog)).toEqual([{ question: second, answer: second.answers[0] }]);
  });

  it('is empty for a profile with nothing answered', () => {
    expect(answeredQuestions({}, catalog)).toEqual([]);
  });
});
