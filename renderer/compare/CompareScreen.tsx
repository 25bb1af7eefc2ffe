import { describeError } from '../app/errors';
import { href } from '../app/router';
import { useExportCommand } from '../app/useExportProfiles';
import { AnswerDiffTable } from './AnswerDiffTable';
import { OutcomeTable } from './OutcomeTable';
import { RankingTable } from './RankingTable';
import { useComparison } from './useComparison';
import { WeightDiffTable } from './WeightDiffTable';

/** Two profiles side by side: what they answer differently, which weights moved, how the outcome changed. */
export function CompareScreen({ a, b }: { a: string; b: string }) {
  const { sides, error } = useComparison(a, b);
  useExportCommand([a, b]);
  if (error) {
    return (
      <section className="hw-screen" aria-labelledby="hw-compare-title">
        <h2 id="hw-compare-title">These profiles could not be compared</h2>
        <p>{describeError(error)}</p>
        <a href={href.library()}>Back to the library</a>
      </section>
    );
  }
  if (!sides) return <p className="hw-screen hw-muted">Comparing…</p>;
  const [left, right] = sides;
  return (
    <section className="hw-screen hw-compare" aria-labelledby="hw-compare-title">
      <h2 id="hw-compare-title">
        Compare <a href={href.profile(left.profile.id)}>{left.profile.name}</a> with <a href={href.profile(right.profile.id)}>{right.profile.name}</a>
      </h2>
      <div className="hw-compare-grid">
        <OutcomeTable a={left} b={right} />
        <RankingTable a={left} b={right} />
        <AnswerDiffTable a={left.profile} b={right.profile} />
        <WeightDiffTable a={left} b={right} />
      </div>
    </section>
  );
}
