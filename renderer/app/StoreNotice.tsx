import { useState } from 'react';
import { useStoreStatus } from './store-status';

/** What happened when the store opened (recovered, read-only …), shown until dismissed. */
export function StoreNotice() {
  const status = useStoreStatus();
  const [dismissed, setDismissed] = useState(false);
  if (!status || dismissed || (!status.notice && !status.readOnly)) return null;
  return (
    <aside className="hw-banner" aria-label="Store notice">
      <p>
        {status.notice ?? 'The profile store is read-only: changes are not saved.'}
        <span className="hw-muted"> Data folder: {status.dataFolder}</span>
      </p>
      <button type="button" className="hw-button hw-quiet" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </aside>
  );
}
