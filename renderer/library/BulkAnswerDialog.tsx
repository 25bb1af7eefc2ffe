import { useId, useState } from 'react';
import type { AnswerManyPreview } from '../../shared/api';
import type { Question } from '../../shared/catalog';
import { Dialog } from '../app/Dialog';
import { plural } from '../app/format';
import { useCatalog } from '../catalog/CatalogProvider';
import type { BulkAnswerFlow, BulkAnswerView } from './bulk-answer-flow';
import './bulk-answer.css';

interface Props {
  view: BulkAnswerView;
  flow: BulkAnswerFlow;
}

/** One question answered (or cleared) for every selected workload: the question, its answer, how many it changes, Apply. */
export function BulkAnswerDialog({ view, flow }: Props) {
  const catalog = useCatalog();
  const question = catalog.questions.find((candidate) => candidate.id === view.questionId) ?? null;
  const ready = view.preview !== null && view.preview.changes > 0 && view.busy === null;
  return (
    <Dialog
      title={`Answer for ${plural(view.ids.length, 'selected workload')}`}
      size="wide"
      onClose={() => flow.close()}
      actions={
        <>
          <button type="button" className="hw-button" onClick={() => flow.close()}>
            Cancel
          </button>
          <button type="button" className="hw-button hw-primary" disabled={!ready} onClick={() => void flow.apply()}>
            Apply
          </button>
        </>
      }
    >
      <div className="hw-bulk-answer">
        <QuestionPicker chosen={view.questionId} onChoose={(id) => flow.chooseQuestion(id)} />
        {question ? <AnswerPicker question={question} chosen={view.answerId} onChoose={(id) => void flow.chooseAnswer(id)} /> : null}
        <p className="hw-bulk-count" aria-live="polite">
          {view.busy ?? (view.preview ? countLine(view.ids.length, view.preview) : '')}
        </p>
        {view.error ? (
          <p className="hw-error-text" role="alert">
            {view.error}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}

/** The catalogue's questions by theme, narrowed by what the user types (the chosen one always stays). */
function QuestionPicker({ chosen, onChoose }: { chosen: string | null; onChoose: (id: string | null) => void }) {
  const catalog = useCatalog();
  const [search, setSearch] = useState('');
  const searchId = useId();
  const selectId = useId();
  const words = search.trim().toLowerCase();
  const shown = (question: Question) => question.id === chosen || `${question.text} ${question.id}`.toLowerCase().includes(words);
  return (
    <>
      <label htmlFor={searchId}>Find a question</label>
      <input id={searchId} type="search" className="hw-input" value={search} placeholder="Words of the question" autoFocus onChange={(event) => setSearch(event.target.value)} />
      <label htmlFor={selectId}>Question</label>
      <select id={selectId} className="hw-input" value={chosen ?? ''} onChange={(event) => onChoose(event.target.value || null)}>
        <option value="">Choose a question…</option>
        {catalog.themes.map((theme) => {
          const questions = catalog.questions.filter((question) => question.theme === theme.id && shown(question));
          return questions.length === 0 ? null : (
            <optgroup key={theme.id} label={theme.name}>
              {questions.map((question) => (
                <option key={question.id} value={question.id}>
                  {question.text}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </>
  );
}

/** The question's answers as radios, and clearing the answer. */
function AnswerPicker({ question, chosen, onChoose }: { question: Question; chosen: string | null | undefined; onChoose: (id: string | null) => void }) {
  const name = useId();
  return (
    <fieldset className="hw-bulk-answers">
      <legend>{question.text}</legend>
      {question.answers.map((answer) => (
        <label key={answer.id}>
          <input type="radio" name={name} checked={chosen === answer.id} onChange={() => onChoose(answer.id)} />
          {answer.label}
        </label>
      ))}
      <label className="hw-bulk-clear">
        <input type="radio" name={name} checked={chosen === null} onChange={() => onChoose(null)} />
        Clear the answer
      </label>
    </fieldset>
  );
}

function countLine(total: number, { changes, confirmations, unchanged, gone }: AnswerManyPreview): string {
  const line = `${plural(total, 'workload')}: ${changes.toLocaleString('en')} will change, ${unchanged.toLocaleString('en')} already ${unchanged === 1 ? 'has' : 'have'} this answer.`;
  const inferred = `Of these, ${confirmations.toLocaleString('en')} already ${confirmations === 1 ? 'has' : 'have'} it as inferred from an inventory: it becomes a person’s answer.`;
  const deleted = `${plural(gone, 'workload')} deleted since ${gone === 1 ? 'is' : 'are'} left out.`;
  return [line, ...(confirmations > 0 ? [inferred] : []), ...(gone > 0 ? [deleted] : [])].join(' ');
}
