import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { StoreStatus } from '../../shared/api';
import { api } from '../api';
import { useNotify } from './notify';

const StoreStatusContext = createContext<StoreStatus | null>(null);

/** What happened when the store opened, read once for the whole window. */
export function StoreStatusProvider({ children }: { children: ReactNode }) {
  const notify = useNotify();
  const [status, setStatus] = useState<StoreStatus | null>(null);
  useEffect(() => {
    api['store.status'](null).then(setStatus, notify.error);
  }, [notify]);
  return <StoreStatusContext.Provider value={status}>{children}</StoreStatusContext.Provider>;
}

/** Null until the main process has answered. */
export function useStoreStatus(): StoreStatus | null {
  return useContext(StoreStatusContext);
}

/** True when nothing can be saved (another window holds the store, or it is from a newer version …). */
export function useReadOnly(): boolean {
  return useStoreStatus()?.readOnly === true;
}
