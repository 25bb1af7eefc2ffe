import type { useImport } from './useImport';
import { ImportReview } from './ImportReview';
import { ImportSummaryDialog } from './ImportSummaryDialog';

/** The dialog of the import's current stage, if any. */
export function ImportDialogs({ flow }: { flow: ReturnType<typeof useImport> }) {
  const { state } = flow;
  if (state.stage === 'review') return <ImportReview preview={state.preview} onConfirm={flow.confirm} onClose={flow.close} />;
  if (state.stage === 'done') return <ImportSummaryDialog summary={state.summary} rejected={state.rejected} onClose={flow.close} />;
  return null;
}
