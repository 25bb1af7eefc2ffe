import { useSyncExternalStore } from 'react';
import { CloseButton, Dialog } from '../../app/Dialog';
import { ImportSummaryDialog } from './ImportSummaryDialog';
import type { InventoryFlow } from './inventory-flow';
import { InventoryReview } from './InventoryReview';

/** The dialog of the inventory import's current stage, if any. */
export function InventoryDialogs({ flow }: { flow: InventoryFlow }) {
  const view = useSyncExternalStore(flow.subscribe, flow.snapshot);
  const close = () => flow.close();
  if (view.stage === 'review') return <InventoryReview view={view} flow={flow} />;
  if (view.stage === 'done') return <ImportSummaryDialog summary={view.summary} leftOut={view.leftOut} onClose={close} />;
  if (view.stage === 'refused') {
    return (
      <Dialog title="Inventory not imported" onClose={close} actions={<CloseButton onClose={close} />}>
        <p className="hw-error-text" role="alert">
          {view.name}: {view.message} Nothing was imported.
        </p>
      </Dialog>
    );
  }
  return null;
}
