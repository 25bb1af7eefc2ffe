import type { Catalog } from '../../shared/catalog';
import { answeredQuestions, describeAnswer } from '../../shared/catalog/describe';
import type { Evaluation } from '../../shared/engine/types';
import type { Profile } from '../../shared/profile';
import { Analysis } from '../analysis/Analysis';
import { labelsOf } from '../catalog/labels';
import { Panel } from '../analysis/Panel';
import { RatingsEvidence } from '../analysis/RatingsEvidence';
import { RulesMarker } from '../rules/RulesMarker';
import { percent } from '../analysis/format';
import { formatDateTime } from '../app/format';
import type { ReportEntry } from './useReportData';
import { DecisionReport } from './DecisionReport';

/** One profile's report: what was asked, what was decided, how robust it is, and the evidence. */
export function ProfileReport({ entry, catalog }: { entry: ReportEntry; catalog: Catalog }) {
  const { profile, evaluation } = entry;
  return (
    <article className="report-profile" aria-label={`Report for ${profile.name}`}>
      <ReportHeader profile={profile} evaluation={evaluation} catalog={catalog} />
      <DecisionReport profile={profile} evaluation={evaluation} catalog={catalog} />
      <Analysis evaluation={evaluation} catalog={catalog} print />
      <Answers profile={profile} catalog={catalog} />
      <Sensitivity evaluation={evaluation} catalog={catalog} />
      <RatingsEvidence evaluation={evaluation} catalog={catalog} />
      <Assumptions profile={profile} evaluation={evaluation} />
    </article>
  );
}

function ReportHeader({ profile, evaluation, catalog }: { profile: Profile; evaluation: Evaluation; catalog: Catalog }) {
  return (
    <header className="report-header">
      <p className="report-kicker">Hostwise recommendation</p>
      <h1>{profile.name}</h1>
      <p className="report-meta">
        Printed {new Date().toLocaleDateString('en-GB', { dateStyle: 'long' })} · Hostwise {__APP_VERSION__} · catalogue
        version {catalog.version} · profile last changed {formatDateTime(profile.updatedAt)}
      </p>
      <RulesMarker profile={profile} evaluation={evaluation} />
    </header>
  );
}

function Answers({ profile, catalog }: { profile: Profile; catalog: Catalog }) {
  const answered = answeredQuestions(profile.answers, catalog);
  return (
    <Panel title="The workload, as answered" className="report-answers">
      {answered.length === 0 ? <p>No question answered: every criterion keeps its base weight.</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Answer</th>
            <th scope="col">Effect</th>
          </tr>
        </thead>
        <tbody>
          {answered.map(({ question, answer }) => (
            <tr key={question.id}>
              <th scope="row">{question.text}</th>
              <td>{answer.label}</td>
              <td>{describeAnswer(question, answer, catalog).join(' ') || 'No effect on the scores.'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

function Sensitivity({ evaluation, catalog }: { evaluation: Evaluation; catalog: Catalog }) {
  const labels = labelsOf(catalog);
  const takeover = (option: Evaluation['recommendation']['winner'] | null) => (option ? labels.option(option) : 'nobody');
  return (
    <Panel title="How robust the recommendation is" className="report-sensitivity">
      <p>
        For each criterion, the range its weight may take (the others rescaled in proportion) while{' '}
        {labels.option(evaluation.recommendation.winner)} stays the recommendation, and who takes over beyond it.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Weight</th>
            <th scope="col">Winner holds from</th>
            <th scope="col">to</th>
            <th scope="col">Below, the winner is</th>
            <th scope="col">Above, the winner is</th>
          </tr>
        </thead>
        <tbody>
          {Object.values(evaluation.sensitivity).map((interval) => (
            <tr key={interval.criterion}>
              <th scope="row">{labels.criterion(interval.criterion)}</th>
              <td>{percent(interval.weight)}</td>
              <td>{percent(interval.low)}</td>
              <td>{percent(interval.high)}</td>
              <td>{interval.low > 0 ? takeover(interval.takesOverBelow) : '—'}</td>
              <td>{interval.high < 1 ? takeover(interval.takesOverAbove) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

function Assumptions({ profile, evaluation }: { profile: Profile; evaluation: Evaluation }) {
  const { samples, seed, concentration, varies } = evaluation.monteCarlo;
  return (
    <Panel title="Assumptions and notes" className="report-assumptions">
      <ul>
        <li>
          Scores are weighted sums of 0–10 ratings, scaled to 0–100; TOPSIS and PROMETHEE II, structurally different
          methods, are computed as cross-checks, and confidence drops one level for each that disagrees.
        </li>
        <li>
          Confidence comes from {samples.toLocaleString('en')} random draws that vary {varies.join(' and ')}: weights
          around the profile’s (Dirichlet, concentration {concentration}), ratings within their low–high ranges
          (triangular); seed {seed}.
        </li>
        <li>Ratings are ranges from the catalogue, with the rationale and source shown above; answers adjust them where stated.</li>
        <li>The profile file is attached to this PDF: import the PDF into Hostwise to open the profile.</li>
      </ul>
      <h3>Notes</h3>
      <p className="report-notes">{profile.notes.trim() || 'No notes.'}</p>
    </Panel>
  );
}
