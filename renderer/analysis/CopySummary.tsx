import { useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

const messages: Record<CopyState, string> = {
  idle: '',
  copied: 'Summary copied to the clipboard.',
  failed: 'Could not reach the clipboard: select the summary and copy it by hand.',
};

/** Copies the recommendation paragraph for a design document, and says whether it worked. */
export function CopySummary({ text }: { text: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  return (
    <div className="hwa-copy hwa-screen-only">
      <button type="button" onClick={() => void copy()}>
        Copy summary
      </button>
      <span role="status" className="hwa-copy-status">
        {messages[state]}
      </span>
    </div>
  );
}
