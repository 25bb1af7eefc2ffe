import type { ImportedProfile, ImportSummary } from '../../../shared/api';
import { CloseButton, Dialog } from '../../app/Dialog';
import { plural } from '../../app/format';
import type { RejectedFile } from '../../app/import-files';
import type { LeftOut } from './inventory-flow';

/** A profile import names the files it rejected; an inventory import, the servers it left out. */
type Props = { summary: ImportSummary; onClose: () => void } & ({ rejected: RejectedFile[] } | { leftOut: LeftOut });

const groups: { key: keyof ImportSummary; label: string }[] = [
  { key: 'added', label: 'Added' },
  { key: 'updated', label: 'Updated' },
  { key: 'replaced', label: 'Replaced' },
  { key: 'skipped', label: 'Skipped' },
  { key: 'alreadyPresent', label: 'Already present' },
];

export function ImportSummaryDialog(props: Props) {
  const { summary, onClose } = props;
  return (
    <Dialog
      title="Import finished"
      onClose={onClose}
      actions={<CloseButton onClose={onClose} />}
    >
      <dl className="hw-summary">
        {groups
          // An inventory's workloads are added or refreshed, never replaced or skipped.
          .filter(({ key }) => 'rejected' in props || (key !== 'replaced' && key !== 'skipped'))
          .map(({ key, label }) => (
            <SummaryGroup key={key} label={label} profiles={summary[key]} />
          ))}
        {'rejected' in props ? <Rejected files={props.rejected} /> : <LeftOutServers {...props.leftOut} />}
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

function Rejected({ files }: { files: RejectedFile[] }) {
  return (
    <>
      <dt>Rejected files: {files.length}</dt>
      {files.map((file, index) => (
        // Two dropped files may share a name.
        <dd key={index} className="hw-error-text">
          {file.name}: {file.message}
        </dd>
      ))}
    </>
  );
}

function LeftOutServers({ templates, poweredOff, skipped }: LeftOut) {
  const parts = [plural(templates, 'template'), plural(poweredOff, 'powered-off server'), plural(skipped, 'unreadable row')];
  return (
    <>
      <dt>Servers left out: {(templates + poweredOff + skipped).toLocaleString('en')}</dt>
      <dd>{parts.join(', ')}, as the review listed them.</dd>
    </>
  );
}
