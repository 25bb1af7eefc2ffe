import { useCallback, useEffect, useRef, useState } from 'react';
import type { Portfolio } from '../../shared/portfolio';
import { api } from '../api';

export type PortfolioState = { state: 'loading' } | { state: 'ready'; portfolio: Portfolio } | { state: 'failed'; error: unknown };

/** The portfolio as the main process reads it from the saved summaries, and a way to read it again (after answers). */
export function usePortfolio(): { loaded: PortfolioState; refresh: () => Promise<void> } {
  const [loaded, setLoaded] = useState<PortfolioState>({ state: 'loading' });
  // Counts reads, so only the latest one is shown, and none once the screen is gone.
  const reads = useRef(0);
  const refresh = useCallback(async () => {
    const read = ++reads.current;
    try {
      const portfolio = await api['portfolio.get'](null);
      if (read === reads.current) setLoaded({ state: 'ready', portfolio });
    } catch (error) {
      if (read === reads.current) setLoaded({ state: 'failed', error });
    }
  }, []);
  useEffect(() => {
    void refresh();
    return () => void (reads.current += 1);
  }, [refresh]);
  return { loaded, refresh };
}
