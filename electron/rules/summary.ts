import type { RulesSummary } from '../../shared/api';
import { entriesOf, type HouseRules } from '../../shared/house-rules';

/** What the Rules screen shows of a rules file: its identity and every entry with its reason and link, in file order. */
export function rulesSummaryOf({ identity, file }: HouseRules, path: string | null): RulesSummary {
  const entries = entriesOf(file).map(({ kind, index }) => {
    const entry = file[kind]![index]!;
    return { kind, id: entry.id, reason: entry.reason, link: entry.link ?? null };
  });
  return { identity, entries, path };
}
