import { entriesOf } from './references';
import type { EntryKind, HouseRules, RulesIdentity } from './schema';

export type EntryChange = 'added' | 'removed' | 'changed';

export interface EntryDiff {
  kind: EntryKind;
  id: string;
  change: EntryChange;
}

export interface RulesDiff {
  before: RulesIdentity;
  after: RulesIdentity;
  /** Entries added, removed or changed, by kind and id, in file order (removed ones last). */
  entries: EntryDiff[];
}

/** What changed between two versions of a rules file, entry by entry (an entry is known by its kind and id). */
export function diffRules(before: HouseRules, after: HouseRules): RulesDiff {
  const old = entryMap(before);
  const next = entryMap(after);
  const entries = [
    ...[...next].flatMap(([key, entry]): EntryDiff[] => {
      const previous = old.get(key);
      if (previous === undefined) return [{ kind: entry.kind, id: entry.id, change: 'added' }];
      return previous.json === entry.json ? [] : [{ kind: entry.kind, id: entry.id, change: 'changed' }];
    }),
    ...[...old].filter(([key]) => !next.has(key)).map(([, entry]): EntryDiff => ({ kind: entry.kind, id: entry.id, change: 'removed' })),
  ];
  return { before: before.identity, after: after.identity, entries };
}

function entryMap({ file }: HouseRules): Map<string, { kind: EntryKind; id: string; json: string }> {
  return new Map(
    entriesOf(file).map(({ kind, index, id }) => [`${kind}/${id}`, { kind, id, json: canonicalJson(file[kind]![index]) }]),
  );
}

/** JSON with object keys sorted, so reordering a file's properties is not a change. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}
