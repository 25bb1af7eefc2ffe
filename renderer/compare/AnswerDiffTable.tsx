import type { Profile } from '../../shared/profile';
import { useCatalog } from '../catalog/CatalogProvider';
import { CompareCard } from './CompareCard';
import { answerDifferences } from './diff';

export function AnswerDiffTable({ a, b }: { a: Profile; b: Profile }) {
  const differences = answerDifferences(a, b, useCatalog());
  return (
    <CompareCard
      id="answers-diff"
      title={`Answers that differ (${differences.length})`}
      columns={[{ label: 'Question' }, { label: a.name }, { label: b.name }]}
      rows={differences.map((difference) => ({ key: difference.question, header: difference.question, cells: [difference.a, difference.b] }))}
      empty="Both profiles answer every question the same way."
    />
  );
}
