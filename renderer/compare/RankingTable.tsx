import { points } from '../../shared/engine/format';
import type { Evaluation, RankedOption } from '../../shared/engine/types';
import { useLabels } from '../catalog/labels';
import { CompareCard } from './CompareCard';
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
  const labels = useLabels();
  const right = byOption(b.evaluation);
  const rows = a.evaluation.ranking.flatMap((left) => {
    const other = right.get(left.option);
    return other ? [{ key: left.option, header: labels.option(left.option), cells: [place(left), place(other), change(left, other)] }] : [];
  });
  return (
    <CompareCard
      id="ranking"
      title="Ranking"
      columns={[
        { label: 'Option' },
        { label: `${a.profile.name}: score · place`, numeric: true },
        { label: `${b.profile.name}: score · place`, numeric: true },
        { label: 'Change', numeric: true },
      ]}
      rows={rows}
    />
  );
}
