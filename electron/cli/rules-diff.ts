import { catalog } from '../../shared/catalog';
import { diffRules, previewRules, rulesetOf } from '../../shared/house-rules';
import { exitCodes, UsageError, type CliIo } from './io';
import { nameLookup } from './names';
import { loadRules } from './read-rules';
import { profilesOf, readProfileFiles, reportReading } from './read-profiles';
import { renderRulesDiff, type RulesComparison } from './render-rules-diff';

/**
 * `hostwise rules diff OLD NEW [PROFILES…]`: the entries that changed, and whose recommendation changes. The
 * profiles are read against OLD, the rules they were made under.
 */
export async function diffRulesFiles(paths: readonly string[], io: CliIo, json: boolean): Promise<number> {
  const [oldPath, newPath, ...profilePaths] = paths;
  if (oldPath === undefined || newPath === undefined) throw new UsageError('rules diff needs an OLD and a NEW rules file.', 'rules');
  const [before, after] = [await loadRules(oldPath, io), await loadRules(newPath, io)];
  if (!before || !after) return exitCodes.invalid;
  const old = rulesetOf(catalog, before);
  const next = rulesetOf(catalog, after);
  const outcomes = await readProfileFiles(profilePaths, io, old.effective);
  reportReading(outcomes, io);
  const comparison: RulesComparison = { ...diffRules(before, after), recommendations: previewRules(profilesOf(outcomes), old, next) };
  io.stdout(json ? `${JSON.stringify(comparison, null, 2)}\n` : renderRulesDiff(comparison, nameLookup(next.effective)));
  return outcomes.every((outcome) => outcome.ok) ? exitCodes.ok : exitCodes.invalid;
}
