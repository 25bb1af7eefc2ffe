import { points } from '../../shared/engine/format';
import type { Evaluation } from '../../shared/engine/types';
import { confidenceName, optionName } from '../app/format';
import type { Side } from './useComparison';

const rows: { label: string; value: (evaluation: Evaluation) => string }[] = [
  { label: 'Recommendation', value: (e) => optionName(e.recommendation.winner) },
  { label: 'Confidence', value: (e) => confidenceName(e.recommendation.confidence) },
  { label: 'Runner-up', value: (e) => (e.recommendation.runnerUp ? optionName(e.recommendation.runnerUp) : '—') },
  { label: 'Margin over the runner-up', value: (e) => (e.recommendation.margin === null ? '—' : `${points(e.recommendation.margin)} points`) },
  { label: 'Weighted sum and TOPSIS', value: (e) => (e.recommendation.methodsAgree ? 'Agree' : 'Disagree') },
];

/** The decision of each profile, row by row; rows that differ are marked. */
export function OutcomeTable({ a, b }: { a: Side; b: Side }) {
  return (
    <section className="hw-card" aria-labelledby="hw-outcome-title">
      <h3 id="hw-outcome-title">Outcome</h3>
      <table className="hw-table hw-compare-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="hw-sr-only">Measure</span>
            </th>
            <th scope="col">{a.profile.name}</th>
            <th scope="col">{b.profile.name}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const [left, right] = [row.value(a.evaluation), row.value(b.evaluation)];
            return (
              <tr key={row.label} className={left === right ? undefined : 'hw-changed'}>
                <th scope="row">{row.label}</th>
                <td>{left}</td>
                <td>
                  {right}
                  {left === right ? null : <span className="hw-changed-mark"> (changed)</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
