import type { Catalog } from '../../shared/catalog';
import { decisionStatus, standingOf } from '../../shared/decision';
import { storedSummaryOf } from '../../shared/engine/stored-summary';
import { PortfolioChart } from '../analysis/PortfolioChart';
import { Panel } from '../analysis/Panel';
import { labelsOf } from '../catalog/labels';
import { statusName } from '../app/format';
import { confidenceLabel, confidenceLevel, points, share } from '../analysis/format';
import type { ReportEntry } from './useReportData';

/** The first page of a portfolio report: every workload and where it lands. */
export function PortfolioSummary({ entries, catalog }: { entries: ReportEntry[]; catalog: Catalog }) {
  const labels = labelsOf(catalog);
  const summaries = entries.map(({ profile, evaluation }) => ({
    id: profile.id,
    name: profile.name,
    ...storedSummaryOf(evaluation.recommendation),
    decision: standingOf(decisionStatus(profile, evaluation)),
    updatedAt: profile.updatedAt,
  }));
  return (
    <article className="report-portfolio" aria-label="Portfolio summary">
      <header className="report-header">
        <p className="report-kicker">Hostwise portfolio report</p>
        <h1>{entries.length} workloads</h1>
        <p className="report-meta">
          Printed {new Date().toLocaleDateString('en-GB', { dateStyle: 'long' })} · Hostwise {__APP_VERSION__} · catalogue
          version {catalog.version}
        </p>
      </header>
      <PortfolioChart profiles={summaries} catalog={catalog} print />
      <Panel title="Recommendations">
        <table>
          <thead>
            <tr>
              <th scope="col">Workload</th>
              <th scope="col">Recommendation</th>
              <th scope="col">Confidence</th>
              <th scope="col">Win probability</th>
              <th scope="col">Margin</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ profile, evaluation: { recommendation } }) => (
              <tr key={profile.id}>
                <th scope="row">{profile.name}</th>
                <td>
                  {recommendation.status === 'recommended'
                    ? labels.option(recommendation.winner)
                    : `${statusName(recommendation.status)} (leading: ${labels.option(recommendation.winner)})`}
                </td>
                <td>{confidenceLabel(confidenceLevel(recommendation.confidence))}</td>
                <td>{recommendation.winProbability === null ? '—' : share(recommendation.winProbability)}</td>
                <td>{recommendation.margin === null ? 'only option left' : points(recommendation.margin)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
    </article>
  );
}
