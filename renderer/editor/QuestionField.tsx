import { useId } from 'react';
import type { Answer, Question } from '../../shared/catalog';
import type { Provenance } from '../../shared/profile';
import { describeAnswer } from '../../shared/catalog/describe';
import { useCatalog } from '../catalog/CatalogProvider';
import { questionAnchor } from './question-anchor';

interface Props {
  question: Question;
  answerId: string | undefined;
  /** The answer an inventory import inferred, if any: a person's other answer replaces it. */
  inferred: Provenance[string] | undefined;
  revisit: boolean;
  onAnswer: (answerId: string | null) => void;
}

/** One question as a radio group; every answer says what it does to the decision. */
export function QuestionField({ question, answerId, inferred, revisit, onAnswer }: Props) {
  const helpId = useId();
  const name = `answer-${question.id}`;
  return (
    // Focusable by script only: "answer these first" jumps here.
    <fieldset id={questionAnchor(question.id)} tabIndex={-1} className="hw-question" aria-describedby={helpId}>
      <legend>{question.text}</legend>
      <p id={helpId} className="hw-help">
        {question.help}
        {revisit ? <strong className="hw-revisit"> New or changed since this profile was answered: please answer it.</strong> : null}
      </p>
      <div className="hw-answer">
        <label>
          <input type="radio" name={name} checked={answerId === undefined} onChange={() => onAnswer(null)} />
          <span className="hw-answer-label">Not answered</span>
        </label>
      </div>
      {question.answers.map((answer) => (
        <AnswerChoice
          key={answer.id}
          name={name}
          question={question}
          answer={answer}
          checked={answerId === answer.id}
          inferred={answerId === answer.id && inferred?.answer === answer.id ? inferred : undefined}
          onChoose={() => onAnswer(answer.id)}
        />
      ))}
    </fieldset>
  );
}

interface AnswerChoiceProps {
  name: string;
  question: Question;
  answer: Answer;
  checked: boolean;
  /** Set while this answer is the one an import inferred and no person has changed it. */
  inferred: Provenance[string] | undefined;
  onChoose: () => void;
}

function AnswerChoice({ name, question, answer, checked, inferred, onChoose }: AnswerChoiceProps) {
  const effectsId = useId();
  const effects = describeAnswer(question, answer, useCatalog());
  return (
    <div className="hw-answer">
      <label>
        <input type="radio" name={name} checked={checked} onChange={onChoose} aria-describedby={effects.length > 0 ? effectsId : undefined} />
        <span className="hw-answer-label">{answer.label}</span>
      </label>
      {inferred ? (
        <p className="hw-inferred-tag" title={`The inventory says “${inferred.value}”. Choose an answer to replace it with yours.`}>
          Inferred from {inferred.source}
        </p>
      ) : null}
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
