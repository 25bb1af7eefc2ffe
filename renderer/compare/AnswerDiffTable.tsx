import type { Profile } from '../../shared/profile';
import { answerDifferences } from './diff';

export function AnswerDiffTable({ a, b }: { a: Profile; b: Profile }) {
  const differences = answerDifferences(a, b);
  return (
    <section className="hw-card" aria-labelledby="hw-answers-diff-title">
      <h3 id="hw-answers-diff-title">Answers that differ ({differences.length})</h3>
      {differences.length === 0 ? (
        <p className="hw-muted">Both profiles answer every question the same way.</p>
      ) : (
        <table className="hw-table">
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">{a.name}</th>
              <th scope="col">{b.name}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((difference) => (
              <tr key={difference.question}>
                <th scope="row">{difference.question}</th>
                <td>{difference.a}</td>
                <td>{difference.b}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
