import { useState } from 'react';
import type { Portfolio } from '../../shared/portfolio';
import { PortfolioChart } from '../analysis/PortfolioChart';
import { Panel } from '../analysis/Panel';
import { describeError } from '../app/errors';
import { useCatalog } from '../catalog/CatalogProvider';
import { GroupsTable } from './GroupsTable';
import { OpenQuestions } from './OpenQuestions';
import { PortfolioCounts } from './PortfolioCounts';
import { useExportPortfolioPdf } from './useExportPortfolioPdf';
import { usePortfolio } from './usePortfolio';
import type { WorkloadFocus } from './workload-focus';
import './portfolio.css';

/** The estate as a whole: where the workloads land, their groups, and the questions to ask first. */
export function PortfolioScreen() {
  const loaded = usePortfolio();
  return (
    <section className="hw-screen hwp-portfolio" aria-labelledby="hwp-title">
      <h2 id="hwp-title">Portfolio</h2>
      {loaded.state === 'loading' ? <p className="hw-muted">Loading the portfolio…</p> : null}
      {loaded.state === 'failed' ? <p role="alert">The portfolio could not be read: {describeError(loaded.error)}</p> : null}
      {loaded.state === 'ready' ? <PortfolioBody portfolio={loaded.portfolio} /> : null}
    </section>
  );
}

function PortfolioBody({ portfolio }: { portfolio: Portfolio }) {
  const catalog = useCatalog();
  const exportPdf = useExportPortfolioPdf();
  const [focus, setFocus] = useState<WorkloadFocus | null>(null);
  if (portfolio.workloads.length === 0) {
    return <p className="hw-empty">No saved workloads yet: import an inventory or profiles in the library, and the portfolio shows here.</p>;
  }
  return (
    <>
      <div className="hw-toolbar">
        <p className="hwp-lead">
          {portfolio.workloads.length.toLocaleString('en')} workloads in {portfolio.groups.length.toLocaleString('en')} group
          {portfolio.groups.length === 1 ? '' : 's'}
        </p>
        <span className="hw-toolbar-gap" />
        <button type="button" className="hw-button" onClick={() => void exportPdf()}>
          Export summary PDF…
        </button>
      </div>
      <PortfolioCounts tally={portfolio.tally} />
      <PortfolioChart profiles={portfolio.workloads} catalog={catalog} />
      <Panel title="Open questions across the portfolio" className="hwp-open-questions">
        <p className="hw-muted">Unanswered questions ranked by how many recommendations their answer could change: ask the application owners these first.</p>
        <OpenQuestions portfolio={portfolio} onFocus={setFocus} />
      </Panel>
      <Panel title="Groups" className="hwp-groups-panel">
        <GroupsTable portfolio={portfolio} focus={focus} onClearFocus={() => setFocus(null)} />
      </Panel>
    </>
  );
}
