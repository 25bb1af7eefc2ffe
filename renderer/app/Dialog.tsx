import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the foot of the dialog. */
  actions: ReactNode;
  /** `wide` for a form with a table, `review` for a table of many columns (an inventory's workloads). */
  size?: 'normal' | 'wide' | 'review';
}

/** A modal dialog on the native <dialog>: focus trap, Escape and the backdrop come from the browser. */
export function Dialog({ title, onClose, children, actions, size = 'normal' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={size === 'normal' ? 'hw-dialog' : `hw-dialog hw-dialog-${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="hw-dialog-body">{children}</div>
      <div className="hw-dialog-actions">{actions}</div>
    </dialog>
  );
}

/** The one action of a dialog that only informs. */
export function CloseButton({ onClose }: { onClose: () => void }) {
  return (
    <button type="button" className="hw-button hw-primary" onClick={onClose} autoFocus>
      Close
    </button>
  );
}
