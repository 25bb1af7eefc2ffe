import type { Portfolio } from '../../shared/portfolio';
import { href } from '../app/router';
import { standingNames } from '../library/DecisionFilter';
import { useLabels } from '../catalog/labels';
import { confidenceWords, optionWord } from './words';

/** How many workloads an expanded group or question lists: beyond, the rest is counted. */
export const listedWorkloads = 50;

/** Workloads of the portfolio, each linking to its profile (drill in), up to `listedWorkloads` of them. */
export function WorkloadList({ portfolio, indices, label }: { portfolio: Portfolio; indices: readonly number[]; label: string }) {
  const labels = useLabels();
  const rest = indices.length - listedWorkloads;
  return (
    <>
      <ul className="hwp-workloads" aria-label={label}>
        {indices.slice(0, listedWorkloads).map((index) => {
          const workload = portfolio.workloads[index]!;
          return (
            <li key={workload.id}>
              <a href={href.profile(workload.id)}>{workload.name}</a>
              <span className="hw-muted">
                {' '}
                — {optionWord(workload.winner ?? 'none', labels)}
                {workload.winner === null ? '' : `, ${confidenceWords[workload.confidence ?? 'none'].toLowerCase()}`} · {standingNames[workload.decision]}
              </span>
            </li>
          );
        })}
      </ul>
      {rest > 0 ? <p className="hw-muted">and {rest.toLocaleString('en')} more.</p> : null}
    </>
  );
}
