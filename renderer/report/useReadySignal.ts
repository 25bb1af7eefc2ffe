import { useEffect } from 'react';

/**
 * Tells the printer the report is complete: `<html data-report="ready">` once the data is rendered, the
 * charts have laid out (two frames) and the fonts are loaded; `"failed"` when it cannot be made.
 */
export function useReadySignal(state: 'loading' | 'ready' | 'failed'): void {
  useEffect(() => {
    if (state === 'loading') return;
    let cancelled = false;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    void document.fonts.ready.then(frame).then(frame).then(() => {
      if (!cancelled) document.documentElement.dataset['report'] = state;
    });
    return () => {
      cancelled = true;
    };
  }, [state]);
}
