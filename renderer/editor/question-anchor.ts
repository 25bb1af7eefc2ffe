/** The element id of a question in the questionnaire, for links that jump to it. */
export function questionAnchor(questionId: string): string {
  return `question-${questionId}`;
}
