import { createColumnHelper, useTable } from '@tanstack/react-table';
import type { ChangedRecommendation, RulesPreview } from '../../shared/house-rules/preview';
import { outcomeName, plural } from '../app/format';
import { href } from '../app/router';
import { useLabels, type Labels } from '../catalog/labels';
import { RuleEffectList } from './RuleEffectList';
import { plainFeatures, PlainTable } from '../app/PlainTable';

const helper = createColumnHelper<typeof plainFeatures, ChangedRecommendation>();

function columnsOf(labels: Labels) {
  return helper.columns([
    helper.accessor('name', { header: 'Profile', cell: ({ row, getValue }) => <a href={href.profile(row.original.profileId)}>{getValue()}</a> }),
    helper.accessor((change) => outcomeName(change.before, labels.option), { id: 'before', header: 'Now' }),
    helper.accessor((change) => outcomeName(change.after, labels.option), { id: 'after', header: 'After the change' }),
    helper.display({ id: 'why', header: 'Why', cell: ({ row }) => <RuleEffectList effects={row.original.why} /> }),
  ]);
}

/** "2 signed decisions would go stale (made under the rules in force): A, B." */
function staleText(stale: RulesPreview['staleDecisions']): string {
  const shown = 10;
  const names = stale.slice(0, shown).map(({ name }) => name).join(', ') + (stale.length > shown ? ` and ${stale.length - shown} more` : '');
  return `${plural(stale.length, 'signed decision')} would go stale (made under the rules in force): ${names}.`;
}

/** The saved profiles whose recommendation the change would move: before, after, and what the rules do to each. */
export function PreviewTable({ preview }: { preview: RulesPreview }) {
  const labels = useLabels();
  const table = useTable({ features: plainFeatures, columns: columnsOf(labels), data: preview.changed, getRowId: (change) => change.profileId });
  const summary = `${plural(preview.changed.length, 'recommendation')} of ${plural(preview.compared, 'saved profile')} would change.`;
  return (
    <div className="hw-rules-preview">
      <p role="status" data-testid="rules-preview-summary">
        {summary}
        {preview.staleDecisions.length > 0 ? ` ${staleText(preview.staleDecisions)}` : null}
      </p>
      {preview.changed.length > 0 ? (
        <PlainTable table={table} caption={<span className="hw-sr-only">Recommendations that would change</span>} testId="rules-preview" />
      ) : null}
    </div>
  );
}
