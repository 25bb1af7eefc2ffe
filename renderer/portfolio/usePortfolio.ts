import { useEffect, useState } from 'react';
import type { Portfolio } from '../../shared/portfolio';
import { api } from '../api';

export type PortfolioState = { state: 'loading' } | { state: 'ready'; portfolio: Portfolio } | { state: 'failed'; error: unknown };

/** The portfolio as the main process reads it from the saved summaries. */
export function usePortfolio(): PortfolioState {
  const [state, setState] = useState<PortfolioState>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    api['portfolio.get'](null).then(
      (portfolio) => current && setState({ state: 'ready', portfolio }),
      (error: unknown) => current && setState({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
