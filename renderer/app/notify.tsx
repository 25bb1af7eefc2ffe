import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { describeError } from './errors';

export interface ToastAction {
  label: string;
  run: () => void;
}

interface Toast {
  id: number;
  message: string;
  action?: ToastAction;
}

interface Alert {
  id: number;
  message: string;
}

export interface Notify {
  /** Shows what went wrong in the alert region. */
  error(error: unknown): void;
  /** A passing message, optionally with one action such as Undo. */
  toast(message: string, action?: ToastAction): void;
}

const NotifyContext = createContext<Notify | null>(null);

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify needs a <NotifyProvider>.');
  return notify;
}

/** How long a message without an action stays. One with an action (Undo) stays until used or dismissed (WCAG 2.2.1). */
const toastMs = 10_000;

/** The message with an action, which stays, and the latest passing message beside it. */
interface Toasts {
  lasting: Toast | null;
  passing: Toast | null;
}

export function NotifyProvider({ children }: { children: ReactNode }) {
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [toasts, setToasts] = useState<Toasts>({ lasting: null, passing: null });
  const nextId = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  const dismissAlert = (id: number) => setAlerts((current) => current.filter((alert) => alert.id !== id));
  const notify = useMemo<Notify>(
    () => ({
      error: (error) => {
        const message = describeError(error);
        // The same failure twice stays one message.
        setAlerts((current) => (current.some((a) => a.message === message) ? current : [...current, { id: nextId.current++, message }]));
      },
      toast: (message, action) => {
        const toast = { id: nextId.current++, message };
        if (action) {
          setToasts((current) => ({ ...current, lasting: { ...toast, action } }));
          return;
        }
        window.clearTimeout(timer.current);
        setToasts((current) => ({ ...current, passing: toast }));
        timer.current = window.setTimeout(() => setToasts((current) => ({ ...current, passing: null })), toastMs);
      },
    }),
    [],
  );
  const closeLasting = useCallback(() => setToasts((current) => ({ ...current, lasting: null })), []);
  const runToastAction = useCallback(
    (action: ToastAction) => {
      closeLasting();
      action.run();
    },
    [closeLasting],
  );

  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <div className="hw-alerts" role="alert">
        {alerts.map((alert) => (
          <p key={alert.id} className="hw-alert">
            <span>{alert.message}</span>
            <button type="button" className="hw-button hw-quiet" onClick={() => dismissAlert(alert.id)} aria-label={`Dismiss: ${alert.message}`}>
              Dismiss
            </button>
          </p>
        ))}
      </div>
      <div className="hw-toasts" role="status">
        {toasts.lasting ? (
          <p key={toasts.lasting.id} className="hw-toast">
            <span>{toasts.lasting.message}</span>
            <button type="button" className="hw-button" onClick={() => toasts.lasting?.action && runToastAction(toasts.lasting.action)}>
              {toasts.lasting.action?.label}
            </button>
            <button type="button" className="hw-button hw-quiet" onClick={closeLasting} aria-label={`Dismiss: ${toasts.lasting.message}`}>
              Dismiss
            </button>
          </p>
        ) : null}
        {toasts.passing ? (
          <p key={toasts.passing.id} className="hw-toast">
            <span>{toasts.passing.message}</span>
          </p>
        ) : null}
      </div>
    </NotifyContext.Provider>
  );
}
