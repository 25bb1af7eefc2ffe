import { createColumnHelper, useTable } from '@tanstack/react-table';
import type { RulesEntrySummary } from '../../shared/api';
import { entryNames } from '../../shared/house-rules/entry-names';
import { plainFeatures, PlainTable } from '../app/PlainTable';

const helper = createColumnHelper<typeof plainFeatures, RulesEntrySummary>();

const columns = helper.columns([
  helper.accessor((entry) => entryNames[entry.kind], { id: 'kind', header: 'Kind' }),
  helper.accessor('id', { header: 'Entry' }),
  helper.accessor('reason', { header: 'Reason' }),
  helper.accessor('link', {
    header: 'Policy',
    cell: ({ getValue }) => {
      const link = getValue();
      return link ? (
        <a href={link} target="_blank" rel="noopener noreferrer">
          {new URL(link).hostname}
        </a>
      ) : (
        '—'
      );
    },
  }),
]);

/** Every entry of a rules file, in file order: its kind, id, the reason given, and the policy it links to. */
export function EntriesTable({ entries, caption }: { entries: RulesEntrySummary[]; caption: string }) {
  const table = useTable({ features: plainFeatures, columns, data: entries, getRowId: (entry) => `${entry.kind}/${entry.id}` });
  return <PlainTable table={table} caption={caption} testId="rules-entries" />;
}
