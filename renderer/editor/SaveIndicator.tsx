import type { SaveStatus } from './useAutosave';

const words: Record<SaveStatus, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
  'read-only': 'Read-only: not saved',
};

export function SaveIndicator({ status }: { status: SaveStatus }) {
  return (
    <p className={`hw-save hw-save-${status}`} role="status" aria-label="Save status">
      {words[status]}
    </p>
  );
}
