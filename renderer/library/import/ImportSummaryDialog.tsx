import type { ImportedProfile, ImportSummary } from '../../../shared/api';
import { CloseButton, Dialog } from '../../app/Dialog';
import type { RejectedFile } from '../../app/import-files';

interface Props {
  summary: ImportSummary;
  rejected: RejectedFile[];
  onClose: () => void;
}

const groups: { key: keyof ImportSummary; label: string }[] = [
  { key: 'added', label: 'Added' },
  { key: 'updated', label: 'Updated' },
  { key: 'replaced', label: 'Replaced' },
  { key: 'skipped', label: 'Skipped' },
  { key: 'alreadyPresent', label: 'Already present' },
];

export function ImportSummaryDialog({ summary, rejected, onClose }: Props) {
  return (
    <Dialog
      title="Import finished"
      onClose={onClose}
      actions={<CloseButton onClose={onClose} />}
    >
      <dl className="hw-summary">
        {groups.map(({ key, label }) => (
          <SummaryGroup key={key} label={label} profiles={summary[key]} />
        ))}
        <dt>Rejected files: {rejected.length}</dt>
        {rejected.map((file, index) => (
          // Two dropped files may share a name.
          <dd key={index} className="hw-error-text">
            {file.name}: {file.message}
          </dd>
        ))}
      </dl>
    </Dialog>
  );
}

/** Names beyond these are counted, not listed: an import of hundreds would bury the rest of the summary. */
const namesShown = 12;

function names(profiles: ImportedProfile[]): string {
  const shown = profiles.slice(0, namesShown).map((p) => p.name);
  const more = profiles.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more.toLocaleString('en')} more` : shown.join(', ');
}

function SummaryGroup({ label, profiles }: { label: string; profiles: ImportedProfile[] }) {
  return (
    <>
      <dt>
        {label}: {profiles.length.toLocaleString('en')}
      </dt>
      {profiles.length > 0 ? <dd>{names(profiles)}</dd> : null}
    </>
  );
}
