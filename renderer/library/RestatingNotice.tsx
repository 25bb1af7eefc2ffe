import { useEffect, useState } from 'react';
import type { RulesState } from '../../shared/api';
import type { Client } from '../../shared/api/client';
import { api } from '../api';

type Restating = NonNullable<RulesState['restating']>;

/** How long the notice waits between two looks at the run under way. */
const followEvery = 500;

/**
 * Shows each state of the run that evaluates the saved profiles again, from a first look until none is under way or
 * `stopped`; looks again only while one is. Resolves true when a run was seen to end (the summaries changed).
 */
export async function followRestating(
  client: Pick<Client, 'rules.restating'>,
  pause: () => Promise<void>,
  show: (restating: Restating | null) => void,
  stopped: () => boolean,
): Promise<boolean> {
  let restating = await client['rules.restating'](null);
  const ran = restating !== null;
  while (restating && !stopped()) {
    show(restating);
    await pause();
    restating = await client['rules.restating'](null);
  }
  if (!stopped()) show(null);
  return ran && !stopped();
}

/** "Re-evaluating saved profiles: N of M" while the library's summaries are worked out again; `onDone` after. */
export function RestatingNotice({ onDone }: { onDone: () => void }) {
  const [restating, setRestating] = useState<Restating | null>(null);
  useEffect(() => {
    let stopped = false;
    const pause = () => new Promise<void>((resolve) => setTimeout(resolve, followEvery));
    // A failed look only ends the notice: the library's own requests report what is wrong with the main process.
    followRestating(api, pause, setRestating, () => stopped).then((ran) => ran && onDone(), () => setRestating(null));
    return () => {
      stopped = true;
    };
  }, [onDone]);
  // The live region is always there (empty, it takes no room), so the first progress is announced too.
  return (
    <div role="status" aria-live="polite" data-testid="library-restating">
      {restating ? (
        <p className="hw-muted">
          Re-evaluating saved profiles: {restating.done.toLocaleString('en')} of {restating.total.toLocaleString('en')}
        </p>
      ) : null}
    </div>
  );
}
