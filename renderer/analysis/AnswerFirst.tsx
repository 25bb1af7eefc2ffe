import type { Evaluation, QuestionValue } from '../../shared/engine/types';
import { useCatalog } from '../catalog/CatalogProvider';
import { questionAnchor } from '../editor/question-anchor';

/** How many of the top questions "answer these first" shows at once on screen; the others expand beneath. */
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
 * Every unanswered question whose answer could change the recommendation (or the house rules require), best first,
 * so each the portfolio counts for this workload is here. The first few show, the others expand beneath on screen
 * (counted on paper); on screen each jumps to its question.
 */
export function AnswerFirst({ evaluation, print = false }: { evaluation: Evaluation; print?: boolean }) {
  const { answerFirst } = evaluation;
  if (answerFirst.length === 0) return null;
  const more = answerFirst.slice(shown);
  const moreWords = `${more.length} more question${more.length === 1 ? '' : 's'}`;
  return (
    <section className="hwa-answer-first" aria-label="Answer these first">
      <h3>Answer these first</h3>
      <QuestionValues values={answerFirst.slice(0, shown)} evaluation={evaluation} print={print} />
      {more.length > 0 && print ? <p className="hwa-note">and {moreWords}.</p> : null}
      {more.length > 0 && !print ? (
        <details className="hwa-answer-first-more">
          <summary>{moreWords}</summary>
          <QuestionValues values={more} evaluation={evaluation} print={print} start={shown + 1} />
        </details>
      ) : null}
    </section>
  );
}

function QuestionValues({ values, evaluation, print, start }: { values: QuestionValue[]; evaluation: Evaluation; print: boolean; start?: number }) {
  const catalog = useCatalog();
  return (
    <ol start={start}>
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
  );
}
