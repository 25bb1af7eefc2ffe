import { useCatalog } from '../catalog/CatalogProvider';
import { useLabels } from '../catalog/labels';
import { CompareCard } from './CompareCard';
import { weightMoves } from './diff';
import type { Side } from './useComparison';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const delta = (points: number) => `${points > 0 ? '+' : '−'}${Math.abs(points * 100).toFixed(1)} pp`;

export function WeightDiffTable({ a, b }: { a: Side; b: Side }) {
  const labels = useLabels();
  const moves = weightMoves(a.evaluation, b.evaluation, useCatalog());
  return (
    <CompareCard
      id="weights-diff"
      title={`Weights that moved (${moves.length})`}
      columns={[{ label: 'Criterion' }, { label: a.profile.name, numeric: true }, { label: b.profile.name, numeric: true }, { label: 'Change', numeric: true }]}
      rows={moves.map((move) => ({
        key: move.criterion,
        header: labels.criterion(move.criterion),
        cells: [percent(move.a), percent(move.b), delta(move.b - move.a)],
      }))}
      empty="Every criterion weighs the same in both profiles."
    />
  );
}
