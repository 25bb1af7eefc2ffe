import type { Evaluation } from '../../shared/engine/types';
import { describeIdentity } from '../../shared/house-rules/identity';
import type { Profile } from '../../shared/profile';

/**
 * Which house rules a recommendation was made under, or which rules the profile was saved under when they are not
 * loaded here (a file from a colleague): nothing under the plain catalogue for a profile saved under it.
 */
export function RulesMarker({ profile, evaluation }: { profile: Pick<Profile, 'houseRules'>; evaluation: Pick<Evaluation, 'houseRules'> }) {
  const applied = evaluation.houseRules;
  const saved = profile.houseRules;
  if (!applied && !saved) return null;
  const savedElsewhere = saved && saved.hash !== applied?.hash ? saved : null;
  return (
    <div className="hw-rules-markers" data-testid="rules-marker">
      {applied ? <p className="hw-rules-marker">Under house rules: {describeIdentity(applied)}</p> : null}
      {savedElsewhere ? (
        <p className="hw-rules-marker hw-not-loaded">Saved under house rules {describeIdentity(savedElsewhere)} — not loaded in this Hostwise</p>
      ) : null}
    </div>
  );
}
