import { describeIdentity, entryNames, type ChangedRecommendation, type RulesDiff, type RulesPreview } from '../../shared/house-rules';
import { printable } from '../../shared/profile-file';
import { inertLines } from './inert';
import type { Names } from './names';
import { outcomeText } from './outcome-text';
import { effectLine } from './render-house-rules';
import { formatTable } from './table';

/** Two versions of a rules file compared, with the recommendations that change between them. */
export interface RulesComparison extends RulesDiff {
  recommendations: RulesPreview;
}

/** The comparison as text: the two identities, the entries that changed, then whose recommendation changes. */
export function renderRulesDiff(comparison: RulesComparison, names: Names): string {
  return inertLines([identities(comparison), entries(comparison), recommendations(comparison, names)].join(''));
}

function identities({ before, after }: RulesDiff): string {
  const change = (old: string, next: string) => (old === next ? old : `${old} → ${next}`);
  return [
    `Rules: ${describeIdentity(before)} → ${describeIdentity(after)}\n`,
    `  Name:    ${change(before.name, after.name)}\n`,
    `  Version: ${change(before.version, after.version)}\n`,
    `  SHA-256: ${change(before.hash, after.hash)}\n`,
  ].join('');
}

function entries({ entries: changed }: RulesDiff): string {
  if (changed.length === 0) return '\nEntries: none added, removed or changed\n';
  const rows = changed.map(({ change, kind, id }) => [change, entryNames[kind], id]);
  return `\nEntries: ${changed.length} added, removed or changed\n${formatTable(['Change', 'Kind', 'Id'], rows)}`;
}

function recommendations(comparison: RulesComparison, names: Names): string {
  const { changed, compared } = comparison.recommendations;
  if (compared === 0) return '';
  const count = `${changed.length === 0 ? 'none' : changed.length} of ${compared} profile${compared === 1 ? '' : 's'}`;
  return [`\nRecommendations: ${count} change\n`, ...changed.map((profile) => changedProfile(profile, comparison, names))].join('');
}

/** The profile, its outcome before → after, and what the new rules do to it (entries the diff lists are marked). */
function changedProfile({ profileId, name, before, after, why }: ChangedRecommendation, { entries: listed }: RulesDiff, names: Names): string {
  const mark = (kind: string, entry: string) => listed.find((diff) => diff.kind === kind && diff.id === entry)?.change;
  return [
    `  ${printable(name)} (${profileId})\n`,
    `    ${outcomeText(before, names)} → ${outcomeText(after, names)}\n`,
    ...why.map((effect) => {
      const change = mark(effect.kind, effect.entry);
      return `  ${effectLine(effect, change ? ` (${change})` : '')}`;
    }),
  ].join('');
}
