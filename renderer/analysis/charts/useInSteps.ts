import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * How many of `steps` parts to show, from none: one more each time the browser is idle, rendered in that idle
 * task, so that a costly mount is spread over several tasks and input and frames go first; all when `all`.
 */
export function useInSteps(steps: number, all: boolean): number {
  const [shown, setShown] = useState(all ? steps : 0);
  useEffect(() => {
    if (shown >= steps) return undefined;
    // The timeout: parts still come while the browser is kept busy (a long scroll, say).
    const next = requestIdleCallback(() => flushSync(() => setShown(shown + 1)), { timeout: 500 });
    return () => cancelIdleCallback(next);
  }, [shown, steps]);
  return all ? steps : shown;
}
