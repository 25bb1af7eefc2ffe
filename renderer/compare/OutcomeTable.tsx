import { points } from '../../shared/engine/format';
import type { Evaluation } from '../../shared/engine/types';
import { confidenceName, outcomeName, statusName } from '../app/format';
import { useLabels, type Labels } from '../catalog/labels';
import { CompareCard } from './CompareCard';
import type { Side } from './useComparison';

const rowsOf = (labels: Labels): { label: string; value: (evaluation: Evaluation) => string }[] => [
  {
    label: 'Recommendation',
    value: ({ recommendation }) => outcomeName(recommendation, labels.option),
  },
  { label: 'Confidence', value: (e) => confidenceName(e.recommendation.confidence) },
  { label: 'Runner-up', value: (e) => (e.recommendation.runnerUp ? labels.option(e.recommendation.runnerUp) : '—') },
  { label: 'Margin over the runner-up', value: (e) => (e.recommendation.margin === null ? '—' : `${points(e.recommendation.margin)} points`) },
  { label: 'Status', value: (e) => statusName(e.recommendation.status) },
  { label: 'Weighted sum, TOPSIS and PROMETHEE II', value: (e) => (e.recommendation.methodsAgree ? 'Agree' : 'Disagree') },
];

/** The decision of each profile, row by row; rows that differ are marked. */
export function OutcomeTable({ a, b }: { a: Side; b: Side }) {
  const compared = rowsOf(useLabels()).map((row) => {
    const [left, right] = [row.value(a.evaluation), row.value(b.evaluation)];
    const changed = left !== right;
    const mark = changed ? <span className="hw-changed-mark"> (changed)</span> : null;
    return { key: row.label, header: row.label, changed, cells: [left, <>{right}{mark}</>] };
  });
  return (
    <CompareCard
      id="outcome"
      title="Outcome"
      columns={[{ label: <span className="hw-sr-only">Measure</span> }, { label: a.profile.name }, { label: b.profile.name }]}
      rows={compared}
    />
  );
}
