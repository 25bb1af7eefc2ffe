import { points } from '../../shared/engine/format';
import type { Evaluation, RankedOption } from '../../shared/engine/types';
import { optionName } from '../app/format';
import type { Side } from './useComparison';

const place = (ranked: RankedOption) => (ranked.ruledOut ? 'Ruled out' : `${points(ranked.score)} · #${ranked.rank}`);

function change(a: RankedOption, b: RankedOption): string {
  if (a.ruledOut || b.ruledOut) return a.ruledOut === b.ruledOut ? '—' : b.ruledOut ? 'Ruled out' : 'Back in';
  const delta = b.score - a.score;
  const moved = a.rank === b.rank ? '' : `, ${b.rank < a.rank ? 'up' : 'down'} ${Math.abs(a.rank - b.rank)}`;
  return `${delta >= 0 ? '+' : '−'}${points(Math.abs(delta))}${moved}`;
}

const byOption = (evaluation: Evaluation) => new Map(evaluation.ranking.map((ranked) => [ranked.option, ranked]));

/** Every option's place and score in both profiles, in the first profile's order. */
export function RankingTable({ a, b }: { a: Side; b: Side }) {
  const right = byOption(b.evaluation);
  return (
    <section className="hw-card" aria-labelledby="hw-ranking-title">
      <h3 id="hw-ranking-title">Ranking</h3>
      <table className="hw-table hw-compare-table">
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col" className="hw-num">
              {a.profile.name}: score · place
            </th>
            <th scope="col" className="hw-num">
              {b.profile.name}: score · place
            </th>
            <th scope="col" className="hw-num">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {a.evaluation.ranking.map((left) => {
            const other = right.get(left.option);
            return other ? (
              <tr key={left.option}>
                <th scope="row">{optionName(left.option)}</th>
                <td className="hw-num">{place(left)}</td>
                <td className="hw-num">{place(other)}</td>
                <td className="hw-num">{change(left, other)}</td>
              </tr>
            ) : null;
          })}
        </tbody>
      </table>
    </section>
  );
}
