import './browser/install';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { printWhenReady, wantsPrint } from './browser/print';
import { parseReportRequest } from './report/report-request';
import { ReportView } from './report/ReportView';
import './report/paper.css';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
// The printer opens the report in a window of its own; the workspace never navigates there.
const isReport = location.hash.startsWith('#/report');
if (isReport && wantsPrint(location.hash)) printWhenReady();
createRoot(root).render(
  <StrictMode>{isReport ? <ReportView request={parseReportRequest(location.hash)} /> : <App />}</StrictMode>,
);
