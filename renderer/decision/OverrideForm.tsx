import { useId, useState } from 'react';
import type { Evaluation } from '../../shared/engine/types';
import { useLabels } from '../catalog/labels';
import { DecisionForm, useFocusOnOpen } from './DecisionForm';

interface Props {
  evaluation: Evaluation;
  /** The refusal to show under the justification, if the last attempt was refused. */
  error: string | null;
  busy: boolean;
  onSubmit: (option: string, justification: string) => void;
  onCancel: () => void;
}

/** Another option than the recommendation, and the written reason: every option the answers do not rule out. */
export function OverrideForm({ evaluation, error, busy, onSubmit, onCancel }: Props) {
  const labels = useLabels();
  const open = evaluation.ranking.filter((ranked) => !ranked.ruledOut);
  const others = open.filter((ranked) => ranked.option !== evaluation.recommendation.winner);
  const [option, setOption] = useState<string>((others[0] ?? open[0])?.option ?? '');
  const [justification, setJustification] = useState('');
  const ids = { option: useId(), justification: useId(), error: useId() };
  const firstField = useFocusOnOpen<HTMLSelectElement>();
  return (
    <DecisionForm
      className="hw-override-form"
      label="Override the recommendation"
      submitLabel="Record override"
      busy={busy}
      onSubmit={() => onSubmit(option, justification)}
      onCancel={onCancel}
    >
      <label htmlFor={ids.option}>Option chosen instead</label>
      <select id={ids.option} ref={firstField} className="hw-input" value={option} onChange={(event) => setOption(event.target.value)}>
        {open.map((ranked) => (
          <option key={ranked.option} value={ranked.option}>
            {labels.option(ranked.option)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.justification}>Justification (required)</label>
      <textarea
        id={ids.justification}
        className="hw-input"
        rows={3}
        value={justification}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? ids.error : undefined}
        onChange={(event) => setJustification(event.target.value)}
      />
      {error ? (
        <p id={ids.error} className="hw-error-text" role="alert">
          {error}
        </p>
      ) : null}
    </DecisionForm>
  );
}
