import type { RevisionSummary } from '../../shared/api';
import { formatDateTime } from '../app/format';
import { useLabels } from '../catalog/labels';

interface Props {
  revisions: RevisionSummary[];
  onRestore: (revisionId: number) => void;
}

/** Earlier versions of the profile; restoring one makes it current (the current one stays in the history). */
export function HistoryPanel({ revisions, onRestore }: Props) {
  const labels = useLabels();
  return (
    <section className="hw-card" aria-labelledby="hw-history-title">
      <h3 id="hw-history-title">History</h3>
      {revisions.length === 0 ? (
        <p className="hw-muted">No earlier versions yet: every save keeps the one before.</p>
      ) : (
        <ol className="hw-history" aria-label="Earlier versions">
          {revisions.map((revision) => (
            <li key={revision.id}>
              <span>
                <strong>{formatDateTime(revision.savedAt)}</strong> · {revision.name} · {revision.winner === null ? 'No recommendation' : labels.option(revision.winner)}
              </span>
              <button
                type="button"
                className="hw-button hw-small"
                aria-label={`Restore the version saved ${formatDateTime(revision.savedAt)}`}
                onClick={() => onRestore(revision.id)}
              >
                Restore
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
