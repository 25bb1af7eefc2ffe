import { useId, useState } from 'react';
import { DecisionForm, useFocusOnOpen } from './DecisionForm';

/** Asked once, the first time the user decides: the name every decision records as who made it. */
export function SignerForm({ busy, onSign, onCancel }: { busy: boolean; onSign: (name: string) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const fieldId = useId();
  const field = useFocusOnOpen<HTMLInputElement>();
  return (
    <DecisionForm
      className="hw-signer-form"
      label="Your name"
      submitLabel="Save name and decide"
      busy={busy}
      onSubmit={() => name.trim() !== '' && onSign(name.trim())}
      onCancel={onCancel}
    >
      <label htmlFor={fieldId}>Your name, recorded with every decision you make</label>
      <input id={fieldId} ref={field} className="hw-input" value={name} required maxLength={200} onChange={(event) => setName(event.target.value)} />
    </DecisionForm>
  );
}
