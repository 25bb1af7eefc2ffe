import { useId } from 'react';
import type { ProfileSummary } from '../../shared/api';
import { useBusy } from '../app/activity';
import { href, navigate } from '../app/router';
import { useReadOnly } from '../app/store-status';
import { pdfTask } from '../app/useExportProfiles';
import { ExportPortfolioMenu } from './ExportPortfolioMenu';
import { useImporter } from './import/ImportProvider';

interface Props {
  selected: ProfileSummary[];
  shown: ProfileSummary[];
  onNew: () => void;
  onImport: () => void;
  onRename: (profile: ProfileSummary) => void;
  onDuplicate: (profiles: ProfileSummary[]) => void;
  onDelete: (profiles: ProfileSummary[]) => void;
  onExport: (profiles: ProfileSummary[]) => void;
  onExportPdf: (profiles: ProfileSummary[]) => void;
  onAnswer: (profiles: ProfileSummary[]) => void;
}

/**
 * Actions on the library and on the selected profiles; those that write are off while the store is read-only,
 * Import… and Export PDF… while theirs runs.
 */
export function LibraryToolbar({ selected, shown, onNew, onImport, onRename, onDuplicate, onDelete, onExport, onExportPdf, onAnswer }: Props) {
  const [only] = selected.length === 1 ? selected : [];
  const [a, b] = selected.length === 2 ? selected : [];
  const some = selected.length > 0;
  const readOnly = useReadOnly();
  const importer = useImporter();
  const importing = importer.busy;
  const printing = useBusy(pdfTask);
  const hintId = useId();
  return (
    <div className="hw-toolbar" role="toolbar" aria-label="Library actions">
      <button type="button" className="hw-button hw-primary" disabled={readOnly} onClick={onNew}>
        New profile
      </button>
      <button type="button" className="hw-button" disabled={readOnly || importing} onClick={onImport}>
        Import…
      </button>
      <button type="button" className="hw-button" disabled={readOnly || importing} onClick={importer.startInventory}>
        Import inventory…
      </button>
      <span className="hw-toolbar-gap" />
      <button type="button" className="hw-button" disabled={!only} onClick={() => only && navigate(href.profile(only.id))}>
        Open
      </button>
      <button type="button" className="hw-button" disabled={!only || readOnly} onClick={() => only && onRename(only)}>
        Rename…
      </button>
      <button type="button" className="hw-button" disabled={!some || readOnly} onClick={() => onDuplicate(selected)}>
        Duplicate
      </button>
      <button type="button" className="hw-button" disabled={!some || readOnly} onClick={() => onAnswer(selected)}>
        Answer for selected…
      </button>
      <button type="button" className="hw-button" disabled={!some} onClick={() => onExport(selected)}>
        Export…
      </button>
      <button type="button" className="hw-button" disabled={!some || printing} aria-describedby={some ? undefined : hintId} onClick={() => onExportPdf(selected)}>
        Export PDF…
      </button>
      <ExportPortfolioMenu selected={selected} shown={shown} />
      <button type="button" className="hw-button" disabled={!(a && b)} onClick={() => a && b && navigate(href.compare(a.id, b.id))}>
        Compare
      </button>
      <button type="button" className="hw-button hw-danger" disabled={!some || readOnly} onClick={() => onDelete(selected)}>
        Delete
      </button>
      {some ? null : (
        <span id={hintId} className="hw-toolbar-hint hw-muted">
          Select profiles to act on them. Export PDF… prints the report of one, or a portfolio report of several.
        </span>
      )}
    </div>
  );
}
