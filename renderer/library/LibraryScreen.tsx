import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { ProfileSummary } from '../../shared/api';
import { PortfolioChart } from '../analysis/PortfolioChart';
import { plural } from '../app/format';
import { useCatalog } from '../catalog/CatalogProvider';
import { useImporter } from './import/ImportProvider';
import { BulkAnswerDialog } from './BulkAnswerDialog';
import { DecisionFilter } from './DecisionFilter';
import { LibraryToolbar } from './LibraryToolbar';
import { ProfileTable } from './ProfileTable';
import { RenameDialog } from './RenameDialog';
import { RestatingNotice } from './RestatingNotice';
import { useBulkAnswer } from './useBulkAnswer';
import { useLibraryActions } from './useLibraryActions';
import { useLibraryPushes } from './useLibraryPushes';
import { useLibraryTable } from './useLibraryTable';
import { useProfiles } from './useProfiles';

/** The home screen: where the workloads land, and every saved profile. */
export function LibraryScreen() {
  const importer = useImporter();
  const { profiles, refresh } = useProfiles(importer.imported);
  const { table, filter, setFilter, decisionFilter, setDecisionFilter, selected, clearSelection } = useLibraryTable(profiles);
  const actions = useLibraryActions({ refresh, clearSelection });
  const [renaming, setRenaming] = useState<ProfileSummary | null>(null);
  const bulk = useBulkAnswer(refresh);
  const filterId = useId();
  const catalog = useCatalog();

  useLibraryPushes({ selected, create: actions.create, exportProfiles: actions.exportProfiles, exportPdf: actions.exportPdf, startImport: importer.start });

  // Charting every profile is costly: redraw only when the profiles change, not on each filter keystroke; and
  // after the table, so the rows show and take input first. Its place is kept meanwhile (styles.css).
  const charted = useDeferredValue(profiles);
  const portfolio = useMemo(() => charted && <PortfolioChart profiles={charted} catalog={catalog} />, [charted, catalog]);
  const shown = table.getRowModel().rows.length;
  return (
    <section className="hw-screen hw-library" aria-labelledby="hw-library-title">
      <h2 id="hw-library-title">Library</h2>
      <RestatingNotice onDone={refresh} />
      <div className="hw-library-chart">{portfolio ?? (profiles ? null : <p className="hw-muted">Loading profiles…</p>)}</div>
      <LibraryToolbar
        selected={selected}
        shown={table.getRowModel().rows.map((row) => row.original)}
        onNew={actions.create}
        onImport={() => importer.start({ source: 'dialog' })}
        onRename={setRenaming}
        onDuplicate={actions.duplicate}
        onDelete={actions.remove}
        onExport={actions.exportProfiles}
        onExportPdf={actions.exportPdf}
        onAnswer={(chosen) => bulk.flow.open(chosen.map((profile) => profile.id), catalog.questions)}
      />
      <div className="hw-filter-row">
        <label htmlFor={filterId}>Filter</label>
        <input id={filterId} type="search" className="hw-input" value={filter} placeholder="Name, group or recommendation" onChange={(event) => setFilter(event.target.value)} />
        <DecisionFilter value={decisionFilter} onChange={setDecisionFilter} />
        <span className="hw-muted" aria-live="polite">
          {plural(shown, 'profile')} shown{selected.length > 0 ? `, ${selected.length.toLocaleString('en')} selected` : ''}
        </span>
      </div>
      <ProfileTable
        table={table}
        empty={profiles?.length === 0 ? 'No saved profiles yet: start a new one, or import a .hostwise file.' : 'No saved profile matches the filter.'}
      />
      {renaming ? (
        <RenameDialog
          profile={renaming}
          onClose={() => setRenaming(null)}
          onRename={(name) => {
            setRenaming(null);
            actions.rename(renaming, name);
          }}
        />
      ) : null}
      {bulk.view.ids.length > 0 ? <BulkAnswerDialog view={bulk.view} flow={bulk.flow} /> : null}
    </section>
  );
}
