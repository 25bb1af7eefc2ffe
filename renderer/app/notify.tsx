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

const toastMs = 10_000;

export function NotifyProvider({ children }: { children: ReactNode }) {
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [toast, setToast] = useState<Toast | null>(null);
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
        window.clearTimeout(timer.current);
        setToast({ id: nextId.current++, message, ...(action ? { action } : {}) });
        timer.current = window.setTimeout(() => setToast(null), toastMs);
      },
    }),
    [],
  );
  const runToastAction = useCallback((action: ToastAction) => {
    setToast(null);
    action.run();
  }, []);

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
        {toast ? (
          <p key={toast.id} className="hw-toast">
            <span>{toast.message}</span>
            {toast.action ? (
              <button type="button" className="hw-button" onClick={() => toast.action && runToastAction(toast.action)}>
                {toast.action.label}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
    </NotifyContext.Provider>
  );
}
