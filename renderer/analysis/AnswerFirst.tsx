import type { Evaluation, QuestionValue } from '../../shared/engine/types';
import { useCatalog } from '../catalog/CatalogProvider';
import { questionAnchor } from '../editor/question-anchor';

/** How many of the top questions "answer these first" shows. */
const shown = 3;

/** Why the question is listed: the house rules require it, or under how many of its answers another option would lead. */
function impact(value: QuestionValue, leader: Evaluation['recommendation']['winner']): string {
  const changing = value.leaders.filter((entry) => entry.leader !== leader).length;
  const change = `could change the recommendation under ${changing} of ${value.leaders.length} answers`;
  if (!value.required) return change;
  const required = 'required by the house rules before the recommendation is final';
  return changing === 0 ? required : `${required}; ${change}`;
}

/** Moves focus to a question of the questionnaire (on the profile screen). */
function jumpTo(questionId: string) {
  const field = document.getElementById(questionAnchor(questionId));
  field?.scrollIntoView({ block: 'center' });
  field?.focus({ preventScroll: true });
}

/**
 * The unanswered questions whose answers could change the recommendation most, best first. On screen each
 * jumps to its question; on paper it is a plain list.
 */
export function AnswerFirst({ evaluation, print = false }: { evaluation: Evaluation; print?: boolean }) {
  const catalog = useCatalog();
  const values = evaluation.answerFirst.slice(0, shown);
  if (values.length === 0) return null;
  return (
    <section className="hwa-answer-first" aria-label="Answer these first">
      <h3>Answer these first</h3>
      <ol>
        {values.map((value) => {
          const text = catalog.questions.find((question) => question.id === value.questionId)?.text ?? value.questionId;
          const label = (
            <>
              <span className="hwa-answer-first-question">{text}</span>
              {value.decisive ? <span className="hwa-tag">Decisive</span> : null}
              <span className="hwa-answer-first-impact">{impact(value, evaluation.recommendation.winner)}</span>
            </>
          );
          return (
            <li key={value.questionId}>
              {print ? label : <button type="button" className="hwa-answer-first-jump" onClick={() => jumpTo(value.questionId)}>{label}</button>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
