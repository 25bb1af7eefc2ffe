import { useCatalog } from '../catalog/CatalogProvider';
import { PortfolioSummary } from './PortfolioSummary';
import { ProfileReport } from './ProfileReport';
import type { ReportRequest } from './report-request';
import { useReadySignal } from './useReadySignal';
import { useReportData } from './useReportData';
import './report.css';

/** The print view the PDF is made from: the same components as the screen, laid out for paper. */
export function ReportView({ request }: { request: ReportRequest }) {
  const catalog = useCatalog();
  const data = useReportData(request.ids);
  useReadySignal(data.state);
  if (data.state === 'loading') return <p className="report-status">Preparing the report…</p>;
  if (data.state === 'failed') return <p role="alert">The report could not be prepared: {data.message}</p>;
  return (
    <main className={`report report-${request.paper.toLowerCase()}`}>
      {data.entries.length > 1 ? <PortfolioSummary entries={data.entries} catalog={catalog} /> : null}
      {data.entries.map((entry) => (
        <ProfileReport key={entry.profile.id} entry={entry} catalog={catalog} />
      ))}
    </main>
  );
}
