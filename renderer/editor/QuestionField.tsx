import { useId } from 'react';
import { catalog, describeAnswer, type Answer, type Question } from '../../shared/catalog';

interface Props {
  question: Question;
  answerId: string | undefined;
  revisit: boolean;
  onAnswer: (answerId: string | null) => void;
}

/** One question as a radio group; every answer says what it does to the decision. */
export function QuestionField({ question, answerId, revisit, onAnswer }: Props) {
  const helpId = useId();
  const name = `question-${question.id}`;
  return (
    <fieldset className="hw-question" aria-describedby={helpId}>
      <legend>{question.text}</legend>
      <p id={helpId} className="hw-help">
        {question.help}
        {revisit ? <strong className="hw-revisit"> The catalogue changed since this was answered: please answer again.</strong> : null}
      </p>
      <div className="hw-answer">
        <label>
          <input type="radio" name={name} checked={answerId === undefined} onChange={() => onAnswer(null)} />
          <span className="hw-answer-label">Not answered</span>
        </label>
      </div>
      {question.answers.map((answer) => (
        <AnswerChoice key={answer.id} name={name} answer={answer} checked={answerId === answer.id} onChoose={() => onAnswer(answer.id)} />
      ))}
    </fieldset>
  );
}

function AnswerChoice({ name, answer, checked, onChoose }: { name: string; answer: Answer; checked: boolean; onChoose: () => void }) {
  const effectsId = useId();
  const effects = describeAnswer(answer, catalog);
  return (
    <div className="hw-answer">
      <label>
        <input type="radio" name={name} checked={checked} onChange={onChoose} aria-describedby={effects.length > 0 ? effectsId : undefined} />
        <span className="hw-answer-label">{answer.label}</span>
      </label>
      {effects.length > 0 ? (
        <ul id={effectsId} className="hw-effects">
          {effects.map((effect) => (
            <li key={effect}>{effect}</li>
          ))}
        </ul>
      ) : (
        <p className="hw-effects hw-muted">No effect on the decision.</p>
      )}
    </div>
  );
}
