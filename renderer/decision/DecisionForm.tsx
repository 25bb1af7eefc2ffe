import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  label: string;
  className: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** A small form of the Decision panel: its fields, then the submit button and Cancel. */
export function DecisionForm({ label, className, submitLabel, busy, onSubmit, onCancel, children }: Props) {
  return (
    <form
      className={className}
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <div className="hw-decision-actions">
        <button type="submit" className="hw-button hw-primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="hw-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The field to focus when a form opens: the button that opened it is gone, so the keyboard carries on from here. */
export function useFocusOnOpen<T extends HTMLElement>() {
  const field = useRef<T>(null);
  useEffect(() => field.current?.focus(), []);
  return field;
}
