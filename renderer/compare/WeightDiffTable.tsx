import { criterionName } from '../app/format';
import { weightMoves } from './diff';
import type { Side } from './useComparison';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const delta = (points: number) => `${points > 0 ? '+' : '−'}${Math.abs(points * 100).toFixed(1)} pp`;

export function WeightDiffTable({ a, b }: { a: Side; b: Side }) {
  const moves = weightMoves(a.evaluation, b.evaluation);
  return (
    <section className="hw-card" aria-labelledby="hw-weights-diff-title">
      <h3 id="hw-weights-diff-title">Weights that moved ({moves.length})</h3>
      {moves.length === 0 ? (
        <p className="hw-muted">Every criterion weighs the same in both profiles.</p>
      ) : (
        <table className="hw-table">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col" className="hw-num">
                {a.profile.name}
              </th>
              <th scope="col" className="hw-num">
                {b.profile.name}
              </th>
              <th scope="col" className="hw-num">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {moves.map((move) => (
              <tr key={move.criterion}>
                <th scope="row">{criterionName(move.criterion)}</th>
                <td className="hw-num">{percent(move.a)}</td>
                <td className="hw-num">{percent(move.b)}</td>
                <td className="hw-num">{delta(move.b - move.a)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
