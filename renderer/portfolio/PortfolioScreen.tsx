import { useState } from 'react';
import type { Portfolio } from '../../shared/portfolio';
import { PortfolioChart } from '../analysis/PortfolioChart';
import { Panel } from '../analysis/Panel';
import { describeError } from '../app/errors';
import { useCatalog } from '../catalog/CatalogProvider';
import { BulkAnswerDialog } from '../library/BulkAnswerDialog';
import type { BulkAnswerFlow } from '../library/bulk-answer-flow';
import { useBulkAnswer } from '../library/useBulkAnswer';
import { GroupsTable } from './GroupsTable';
import { OpenQuestions, openQuestionsLead } from './OpenQuestions';
import { PortfolioCounts } from './PortfolioCounts';
import { useExportPortfolioPdf } from './useExportPortfolioPdf';
import { usePortfolio } from './usePortfolio';
import type { WorkloadFocus } from './workload-focus';
import './portfolio.css';

/** The estate as a whole: where the workloads land, their groups, and the questions to ask first. */
export function PortfolioScreen() {
  const { loaded, refresh } = usePortfolio();
  const bulk = useBulkAnswer(refresh);
  return (
    <section className="hw-screen hwp-portfolio" aria-labelledby="hwp-title">
      <h2 id="hwp-title">Portfolio</h2>
      {loaded.state === 'loading' ? <p className="hw-muted">Loading the portfolio…</p> : null}
      {loaded.state === 'failed' ? <p role="alert">The portfolio could not be read: {describeError(loaded.error)}</p> : null}
      {loaded.state === 'ready' ? <PortfolioBody portfolio={loaded.portfolio} answer={bulk.flow} /> : null}
      {bulk.view.ids.length > 0 ? <BulkAnswerDialog view={bulk.view} flow={bulk.flow} /> : null}
    </section>
  );
}

function PortfolioBody({ portfolio, answer }: { portfolio: Portfolio; answer: BulkAnswerFlow }) {
  const catalog = useCatalog();
  const openAnswer = (ids: string[], questionId: string | null = null) => answer.open(ids, catalog.questions, questionId);
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
        <p className="hw-muted">{openQuestionsLead}</p>
        <OpenQuestions portfolio={portfolio} actions={{ onFocus: setFocus, onAnswer: openAnswer }} />
      </Panel>
      <Panel title="Groups" className="hwp-groups-panel">
        <GroupsTable portfolio={portfolio} focus={focus} onClearFocus={() => setFocus(null)} onAnswer={openAnswer} />
      </Panel>
    </>
  );
}
