import { useId } from 'react';
import { columnOf, mappingFieldLabels, mappingFields, sameMapping, type ColumnMapping, type MappingField } from '../../../shared/inventory/mapping';
import { formatDateTime } from '../../app/format';
import type { InventoryFlow, InventoryView } from './inventory-flow';

type Review = Extract<InventoryView, { stage: 'review' }>;
type Field = Exclude<MappingField, 'detail'>;

const fields = mappingFields.filter((field): field is Field => field !== 'detail');

/**
 * A generic CSV's mapping: for each Hostwise field, the column of the file it is read from (or none), with the
 * column's first value; changing one previews the file again. It can be saved for the next file with these columns.
 */
export function MappingEditor({ view, flow }: { view: Review; flow: InventoryFlow }) {
  const { preview, busy } = view;
  const id = useId();
  const mapping = preview.report.mapping;
  if (mapping === null) return null;
  const samples = new Map(preview.columns.map((column) => [column.name, column.sample]));
  const details = Object.keys(mapping).filter((column) => mapping[column] === 'detail');
  return (
    <section aria-labelledby={`${id}-heading`} className="hw-mapping">
      <h3 id={`${id}-heading`}>Column mapping</h3>
      <p className="hw-muted">Which column of {preview.name} each Hostwise field is read from. Change one and the counts and workloads follow.</p>
      <SavedMappingLine view={view} mapping={mapping} flow={flow} />
      <table className="hw-plain-table hw-mapping-table">
        <thead>
          <tr>
            <th scope="col">Hostwise field</th>
            <th scope="col">Column in the file</th>
            <th scope="col">First value</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const column = columnOf(mapping, field);
            return (
              <tr key={field} className={column === null ? 'hw-mapping-unmapped' : undefined}>
                <th scope="row">
                  <label htmlFor={`${id}-${field}`}>{mappingFieldLabels[field]}</label>
                </th>
                <td>
                  <select id={`${id}-${field}`} className="hw-input" value={column ?? ''} disabled={busy} onChange={(event) => void flow.mapField(field, event.target.value || null)}>
                    <option value="">Not in this file</option>
                    {preview.columns.map((option) => (
                      <option key={option.name} value={option.name}>
                        {option.name}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{column === null ? <span className="hw-muted">—</span> : samples.get(column) || <span className="hw-muted">empty</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <strong>Other columns</strong>, kept in each profile’s notes (and to group by): {details.length > 0 ? details.join(', ') : 'none'}.
      </p>
    </section>
  );
}

function SavedMappingLine({ view, mapping, flow }: { view: Review; mapping: ColumnMapping; flow: InventoryFlow }) {
  const saved = view.preview.savedMapping;
  if (saved !== null && sameMapping(saved.mapping, mapping)) {
    return <p className="hw-mapping-saved">Using the mapping you saved on {formatDateTime(saved.savedAt)}.</p>;
  }
  return (
    <p className="hw-mapping-saved">
      <button type="button" className="hw-button" disabled={view.busy} onClick={() => void flow.saveMapping()}>
        Save this mapping
      </button>{' '}
      <span className="hw-muted">
        {saved === null ? 'The next CSV with these columns starts from it.' : `It replaces the one you saved on ${formatDateTime(saved.savedAt)} for these columns.`}
      </span>
    </p>
  );
}
