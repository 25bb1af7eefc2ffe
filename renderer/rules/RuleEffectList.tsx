import type { RuleEffect } from '../../shared/engine/types';
import { entryNames } from '../../shared/house-rules/entry-names';

/** What each entry of the rules did to one workload, in file order. */
export function RuleEffectList({ effects }: { effects: RuleEffect[] }) {
  if (effects.length === 0) return <p className="hw-muted">No entry of the rules changes anything for this workload.</p>;
  return (
    <ul className="hw-rule-effects">
      {effects.map(({ kind, entry, change }) => (
        <li key={`${kind}/${entry}`}>
          <strong>
            {entryNames[kind]} {entry}:
          </strong>{' '}
          {change}
        </li>
      ))}
    </ul>
  );
}
