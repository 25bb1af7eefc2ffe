import { useId } from 'react';
import type { ProfileSummary } from '../../shared/api';
import { decisionStandings, type DecisionStanding } from '../../shared/decision/standing';
import '../decision/decision.css';

export type DecisionFilterValue = DecisionStanding | 'any';

export const standingNames: Record<DecisionStanding, string> = { decided: 'Decided', undecided: 'Undecided', stale: 'Stale' };

/** The profiles whose decision stands as `filter` asks; all of them for "any". */
export function byDecision(profiles: ProfileSummary[], filter: DecisionFilterValue): ProfileSummary[] {
  return filter === 'any' ? profiles : profiles.filter((profile) => profile.decision === filter);
}

/** Shows only decided, undecided or stale profiles. */
export function DecisionFilter({ value, onChange }: { value: DecisionFilterValue; onChange: (value: DecisionFilterValue) => void }) {
  const selectId = useId();
  return (
    <>
      <label htmlFor={selectId}>Decision</label>
      <select id={selectId} className="hw-input hw-decision-filter" value={value} onChange={(event) => onChange(event.target.value as DecisionFilterValue)}>
        <option value="any">Any</option>
        {decisionStandings.map((standing) => (
          <option key={standing} value={standing}>
            {standingNames[standing]}
          </option>
        ))}
      </select>
    </>
  );
}
