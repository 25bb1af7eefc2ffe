import type { ImportedProfile, ImportSummary } from '../../../shared/api';
import { Dialog } from '../../app/Dialog';
import type { RejectedFile } from './useImport';

interface Props {
  summary: ImportSummary;
  rejected: RejectedFile[];
  onClose: () => void;
}

const groups: { key: keyof ImportSummary; label: string }[] = [
  { key: 'added', label: 'Added' },
  { key: 'replaced', label: 'Replaced' },
  { key: 'skipped', label: 'Skipped' },
  { key: 'alreadyPresent', label: 'Already present' },
];

export function ImportSummaryDialog({ summary, rejected, onClose }: Props) {
  return (
    <Dialog
      title="Import finished"
      onClose={onClose}
      actions={
        <button type="button" className="hw-button hw-primary" onClick={onClose} autoFocus>
          Close
        </button>
      }
    >
      <dl className="hw-summary">
        {groups.map(({ key, label }) => (
          <SummaryGroup key={key} label={label} profiles={summary[key]} />
        ))}
        <dt>Rejected files: {rejected.length}</dt>
        {rejected.map((file) => (
          <dd key={file.name} className="hw-error-text">
            {file.name}: {file.message}
          </dd>
        ))}
      </dl>
    </Dialog>
  );
}

function SummaryGroup({ label, profiles }: { label: string; profiles: ImportedProfile[] }) {
  return (
    <>
      <dt>
        {label}: {profiles.length}
      </dt>
      {profiles.length > 0 ? <dd>{profiles.map((p) => p.name).join(', ')}</dd> : null}
    </>
  );
}
