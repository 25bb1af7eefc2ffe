import type { OpenQuestionRank, Portfolio } from '../../shared/portfolio';
import type { WorkloadFocus } from './workload-focus';
import { useCatalog } from '../catalog/CatalogProvider';
import { WorkloadList } from './WorkloadList';
import { couldChange } from './words';

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

/**
 * The unanswered questions to ask the application owners first: those whose answer could change the most
 * recommendations, each expanding to the workloads it could change.
 */
export function OpenQuestions({
  portfolio,
  limit,
  print = false,
  onFocus,
}: {
  portfolio: Portfolio;
  limit?: number;
  print?: boolean;
  /** Narrows the groups table to the workloads a question could change. */
  onFocus?: (focus: WorkloadFocus) => void;
}) {
  const text = useQuestionText();
  const shown = portfolio.openQuestions.slice(0, limit);
  const note = unrankedNote(portfolio.unranked);
  if (shown.length === 0) {
    return <p className="hw-empty">{note ?? 'No unanswered question could change a recommendation.'}</p>;
  }
  return (
    <>
      <ol className="hwp-questions" aria-label="Open questions, most recommendations first">
        {shown.map((question) => (
          <li key={question.questionId}>
            {print ? <QuestionLine question={question} text={text} /> : <QuestionDetails question={question} text={text} portfolio={portfolio} onFocus={onFocus} />}
          </li>
        ))}
      </ol>
      {limit !== undefined && portfolio.openQuestions.length > limit ? (
        <p className="hw-muted">and {(portfolio.openQuestions.length - limit).toLocaleString('en')} more questions, each changing fewer.</p>
      ) : null}
      {note ? <p className="hw-muted">{note}</p> : null}
    </>
  );
}

function QuestionLine({ question, text }: { question: OpenQuestionRank; text: (id: string) => string }) {
  return (
    <>
      <span className="hwp-question">{text(question.questionId)}</span>{' '}
      <span className="hwp-impact">{couldChange(question.workloads.length)}</span>
    </>
  );
}

interface QuestionDetailsProps {
  question: OpenQuestionRank;
  text: (id: string) => string;
  portfolio: Portfolio;
  onFocus: ((focus: WorkloadFocus) => void) | undefined;
}

function QuestionDetails({ question, text, portfolio, onFocus }: QuestionDetailsProps) {
  const label = `Workloads whose recommendation “${text(question.questionId)}” could change`;
  return (
    <details>
      <summary>
        <QuestionLine question={question} text={text} />
      </summary>
      <WorkloadList portfolio={portfolio} indices={question.workloads} label={label} />
      {onFocus ? (
        <button type="button" className="hw-button" onClick={() => onFocus({ label, workloads: new Set(question.workloads) })}>
          Show their groups
        </button>
      ) : null}
    </details>
  );
}
