import { useEffect, useState } from 'react';

/**
 * How many of `steps` parts to show: the first at once, then one more in each following task, so that a
 * costly mount is spread over several tasks and input is handled between them; all at once when `all`.
 */
export function useInSteps(steps: number, all: boolean): number {
  const [shown, setShown] = useState(all ? steps : 1);
  useEffect(() => {
    if (shown >= steps) return undefined;
    const next = setTimeout(() => setShown(shown + 1));
    return () => clearTimeout(next);
  }, [shown, steps]);
  return all ? steps : shown;
}
