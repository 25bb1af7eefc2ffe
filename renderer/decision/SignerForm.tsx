import { useEffect, useId, useRef, useState } from 'react';

/** Asked once, the first time the user decides: the name every decision records as who made it. */
export function SignerForm({ busy, onSign, onCancel }: { busy: boolean; onSign: (name: string) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  return (
    <form
      className="hw-signer-form"
      aria-label="Your name"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() !== '') onSign(name.trim());
      }}
    >
      <label htmlFor={fieldId}>Your name, recorded with every decision you make</label>
      <input id={fieldId} ref={field} className="hw-input" value={name} required maxLength={200} onChange={(event) => setName(event.target.value)} />
      <div className="hw-decision-actions">
        <button type="submit" className="hw-button hw-primary" disabled={busy}>
          Save name and decide
        </button>
        <button type="button" className="hw-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
