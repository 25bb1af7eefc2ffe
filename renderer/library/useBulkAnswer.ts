import { useState, useSyncExternalStore } from 'react';
import { api } from '../api';
import { useNotify } from '../app/notify';
import { BulkAnswerFlow, type BulkAnswerView } from './bulk-answer-flow';

/** The bulk answer dialog's flow over the app's client; `refresh` reads the caller's view (the library's list, the portfolio) again after an apply and an undo. */
export function useBulkAnswer(refresh: () => Promise<void>): { view: BulkAnswerView; flow: BulkAnswerFlow } {
  const notify = useNotify();
  const [flow] = useState(
    () =>
      new BulkAnswerFlow(api, {
        refresh,
        toast: (message, undo) => notify.toast(message, undo ? { label: 'Undo', run: undo } : undefined),
        error: notify.error,
      }),
  );
  return { view: useSyncExternalStore(flow.subscribe, flow.snapshot), flow };
}
