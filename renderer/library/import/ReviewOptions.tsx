import { useId } from 'react';
import type { InventoryOptions } from '../../../shared/api';
import type { SavedGrouping } from '../../../shared/inventory';
import { plural } from '../../app/format';
import type { InventoryFlow, InventoryView } from './inventory-flow';

type Review = Extract<InventoryView, { stage: 'review' }>;

const formats: { value: InventoryOptions['format']; label: string }[] = [
  { value: 'auto', label: 'Auto (from the file)' },
  { value: 'rvtools', label: 'RVTools' },
  { value: 'azure-migrate', label: 'Azure Migrate' },
  { value: 'csv', label: 'Generic CSV' },
];

/** How the inventory is read: its format, servers merged into applications or labelled with a portfolio group, powered-off servers. */
export function ReviewOptions({ view, flow }: { view: Review; flow: InventoryFlow }) {
  const { preview, options, busy } = view;
  const id = useId();
  const grouped = options.groupBy !== null;
  return (
    <div className="hw-inventory-options">
      <label htmlFor={`${id}-format`}>Format</label>
      <select id={`${id}-format`} className="hw-input" value={options.format} disabled={busy} onChange={(event) => void flow.change({ format: event.target.value as InventoryOptions['format'] })}>
        {formats.map((format) => (
          <option key={format.value} value={format.value}>
            {format.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-group`}>Group by</label>
      <div>
        <select id={`${id}-group`} className="hw-input" value={options.groupBy ?? ''} disabled={busy} onChange={(event) => void flow.change({ groupBy: event.target.value || null, labelBy: null })}>
          <option value="">Nothing: one workload per server</option>
          <ColumnOptions columns={preview.groupColumns} />
        </select>
        <SavedGroupingNote view={view} flow={flow} />
      </div>
      <label htmlFor={`${id}-label`}>Portfolio group from column</label>
      <div>
        <select
          id={`${id}-label`}
          className="hw-input"
          value={options.labelBy ?? ''}
          disabled={busy || grouped}
          aria-describedby={`${id}-label-hint`}
          onChange={(event) => void flow.change({ labelBy: event.target.value || null })}
        >
          <option value="">None</option>
          <ColumnOptions columns={preview.groupColumns} />
        </select>
        <p id={`${id}-label-hint`} className="hw-muted hw-option-hint">
          {grouped
            ? 'Grouped servers: each application is its own portfolio group.'
            : options.labelBy === null
              ? 'Choose a column to put each server in the portfolio group it names (a cluster, folder, datacenter …).'
              : `One workload per server still, each in the group its “${options.labelBy}” names.`}
        </p>
      </div>
      <label className="hw-inventory-check">
        <input type="checkbox" checked={options.includePoweredOff} disabled={busy} onChange={(event) => void flow.change({ includePoweredOff: event.target.checked })} />
        Import powered-off servers too
      </label>
    </div>
  );
}

/** "2 workloads (5 servers)", or "3 workloads" when each is one server. */
const savedCount = ({ workloads, servers }: SavedGrouping) => (servers === workloads ? plural(workloads, 'workload') : `${plural(workloads, 'workload')} (${plural(servers, 'server')})`);

const groupingName = (groupBy: string | null) => (groupBy === null ? 'one workload per server' : `grouped by “${groupBy}”`);

/**
 * Where the estate's workloads are saved under another grouping (imported before): importing it grouped otherwise
 * would count their servers twice. The review opens grouped as saved and says so; chosen otherwise, it warns.
 */
function SavedGroupingNote({ view, flow }: { view: Review; flow: InventoryFlow }) {
  const { followed } = view;
  const saved = view.preview.savedGrouping;
  if (saved === null) {
    if (followed === undefined) return null;
    return <p className="hw-muted hw-option-hint">{`As the ${savedCount(followed)} saved from this estate: ${groupingName(followed.groupBy)}.`}</p>;
  }
  return (
    <p className="hw-option-warning" role="alert">
      <span aria-hidden="true">⚠ </span>
      {`${savedCount(saved)} of this estate ${saved.workloads === 1 ? 'is' : 'are'} saved ${groupingName(saved.groupBy)}: imported this way, their servers would be counted twice. `}
      <button type="button" className="hw-text-button" disabled={view.busy} onClick={() => void flow.change({ groupBy: saved.groupBy, labelBy: null })}>
        Import as saved
      </button>
    </p>
  );
}

function ColumnOptions({ columns }: { columns: Review['preview']['groupColumns'] }) {
  return columns.map((column) => (
    <option key={column} value={column}>
      {column}
    </option>
  ));
}
