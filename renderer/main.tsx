import './browser/install';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { App } from './App';
import { CatalogProvider, loadCatalog } from './catalog/CatalogProvider';
import { openLibraryEarly } from './library/useProfiles';
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
// Asked for after the catalogue, which every screen waits for: a large library's list takes longer to answer.
if (!isReport) openLibraryEarly();
if (isReport && wantsPrint(location.hash)) printWhenReady();
const app = createRoot(root);
// A transition, so the first screen waits for the catalogue without committing anything meanwhile, and shows as
// soon as it is in (see CatalogProvider).
startTransition(() =>
  app.render(
    <StrictMode>
      <CatalogProvider loading={catalog} reload={() => loadCatalog(api)}>{isReport ? <Report /> : <App />}</CatalogProvider>
    </StrictMode>,
  ),
);
