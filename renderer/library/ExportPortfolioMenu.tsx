import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { ProfileSummary } from '../../shared/api';
import { useBusy } from '../app/activity';
import { tableTask, useExportPortfolio, type TableFormat } from './useExportPortfolio';
import './export-portfolio-menu.css';

const formats: { format: TableFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'Excel workbook (XLSX)' },
];

interface Props {
  selected: ProfileSummary[];
  /** The profiles the library shows (after its filters): exported when none is selected. */
  shown: ProfileSummary[];
}

/**
 * "Export table…": the selected profiles, or all shown when none is (the button says which), as a table of one row
 * per workload in the format chosen from the buttons it opens. Escape or leaving it closes them.
 */
export function ExportPortfolioMenu({ selected, shown }: Props) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const formatsId = useId();
  const busy = useBusy(tableTask);
  const exportTable = useExportPortfolio();
  const profiles = selected.length > 0 ? selected : shown;
  const which = selected.length > 0 ? `${selected.length.toLocaleString('en')} selected` : `all ${shown.length.toLocaleString('en')} shown`;

  const close = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };
  const leave = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };
  const choose = (format: TableFormat) => {
    setOpen(false);
    toggle.current?.focus();
    void exportTable(profiles.map((profile) => profile.id), format);
  };
  return (
    <div className="hw-export-table" onKeyDown={close} onBlur={leave}>
      <button
        ref={toggle}
        type="button"
        className="hw-button"
        aria-expanded={open}
        aria-controls={formatsId}
        disabled={profiles.length === 0 || busy}
        onClick={() => setOpen(!open)}
      >
        Export table ({which})…
      </button>
      <div id={formatsId} role="group" aria-label="Table format" className="hw-export-table-formats" hidden={!open}>
        {formats.map(({ format, label }) => (
          <button key={format} type="button" className="hw-button" onClick={() => choose(format)}>
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
