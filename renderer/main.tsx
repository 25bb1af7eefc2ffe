import './browser/install';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Catalog } from '../shared/catalog';
import { api } from './api';
import { App } from './App';
import { CatalogProvider, loadCatalog } from './catalog/CatalogProvider';
import { printWhenReady, wantsPrint } from './browser/print';
import { isPortfolioReport, parseReportRequest } from './report/report-request';
import { PortfolioReport } from './portfolio/PortfolioReport';
import { ReportView } from './report/ReportView';
import './report/paper.css';
import './styles.css';

/** The printer's view: the portfolio summary, or the reports of the profiles the address names. */
function Report() {
  const request = parseReportRequest(location.hash);
  return isPortfolioReport(location.hash) ? <PortfolioReport paper={request.paper} /> : <ReportView request={request} />;
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
// The printer opens the report in a window of its own; the workspace never navigates there.
const isReport = location.hash.startsWith('#/report');
const catalog = loadCatalog(api);
if (isReport && wantsPrint(location.hash)) printWhenReady();

const render = (loading: Promise<Catalog> | Catalog) =>
  createRoot(root).render(
    <StrictMode>
      <CatalogProvider loading={loading} reload={() => loadCatalog(api)}>{isReport ? <Report /> : <App />}</CatalogProvider>
    </StrictMode>,
  );

// The report, which the printer waits for, renders once the catalogue is in rather than suspending on it: React
// reveals what suspended no sooner than 300 ms after its fallback, a third of the time a report may take to print.
if (isReport) void catalog.then(render, () => render(catalog));
else render(catalog);
