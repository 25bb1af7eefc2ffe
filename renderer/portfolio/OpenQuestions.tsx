import type { OpenQuestionRank, Portfolio } from '../../shared/portfolio';
import type { WorkloadFocus } from './workload-focus';
import { useCatalog } from '../catalog/CatalogProvider';
import { WorkloadList } from './WorkloadList';
import { plural } from '../app/format';
import { questionImpact } from './words';

/** The question's text from the catalogue in force; its id when the catalogue no longer has it. */
export function useQuestionText(): (questionId: string) => string {
  const { questions } = useCatalog();
  return (questionId) => questions.find((question) => question.id === questionId)?.text ?? questionId;
}

/** Why the list may be incomplete: workloads saved before Hostwise kept their open questions. */
export function unrankedNote(unranked: number): string | null {
  if (unranked === 0) return null;
  return `${unranked.toLocaleString('en')} workload${unranked === 1 ? ' is' : 's are'} not counted yet: ${unranked === 1 ? 'it was' : 'they were'} saved before Hostwise kept open questions, and ${unranked === 1 ? 'is' : 'are'} counted once evaluated again.`;
}

export const openQuestionsLead =
  'Unanswered questions, those Hostwise needs answered to recommend for the most workloads first, then those that could change the leading option of the most: ask the application owners these first.';

/** What the screen does with a question's workloads: narrow the groups table to them, or answer it for them. */
export interface QuestionActions {
  onFocus: (focus: WorkloadFocus) => void;
  /** Opens the bulk answer for these workloads (ids), the question chosen. */
  onAnswer: (ids: string[], questionId: string) => void;
}

/**
 * The unanswered questions to ask the application owners first: those holding back the most recommendations, then
 * those that could change the most leading options, each expanding to its workloads; on paper without `actions`.
 */
export function OpenQuestions({ portfolio, limit, actions }: { portfolio: Portfolio; limit?: number; actions?: QuestionActions }) {
  const text = useQuestionText();
  const shown = portfolio.openQuestions.slice(0, limit);
  const note = unrankedNote(portfolio.unranked);
  if (shown.length === 0) {
    return <p className="hw-empty">{note ?? 'No unanswered question holds back a recommendation or could change a leading option.'}</p>;
  }
  return (
    <>
      <ol className="hwp-questions" aria-label="Open questions, those holding back the most recommendations first">
        {shown.map((question) => (
          <li key={question.questionId}>
            {actions ? <QuestionDetails question={question} text={text} portfolio={portfolio} actions={actions} /> : <QuestionLine question={question} text={text} />}
          </li>
        ))}
      </ol>
      {limit !== undefined && portfolio.openQuestions.length > limit ? (
        <p className="hw-muted">and {(portfolio.openQuestions.length - limit).toLocaleString('en')} more questions, each for fewer workloads.</p>
      ) : null}
      {note ? <p className="hw-muted">{note}</p> : null}
    </>
  );
}

function QuestionLine({ question, text }: { question: OpenQuestionRank; text: (id: string) => string }) {
  return (
    <>
      <span className="hwp-question">{text(question.questionId)}</span>{' '}
      <span className="hwp-impact">{questionImpact(question)}</span>
    </>
  );
}

interface QuestionDetailsProps {
  question: OpenQuestionRank;
  text: (id: string) => string;
  portfolio: Portfolio;
  actions: QuestionActions;
}

function QuestionDetails({ question, text, portfolio, actions }: QuestionDetailsProps) {
  const label = `Workloads “${text(question.questionId)}” holds back or could change`;
  return (
    <details>
      <summary>
        <QuestionLine question={question} text={text} />
      </summary>
      <WorkloadList portfolio={portfolio} indices={question.workloads} label={label} />
      <div className="hwp-question-actions">
        <button type="button" className="hw-button" onClick={() => actions.onFocus({ label, workloads: new Set(question.workloads) })}>
          Show their groups
        </button>
        <button
          type="button"
          className="hw-button"
          onClick={() => actions.onAnswer(question.workloads.map((index) => portfolio.workloads[index]!.id), question.questionId)}
        >
          Answer for these {plural(question.workloads.length, 'workload')}…
        </button>
      </div>
    </details>
  );
}
