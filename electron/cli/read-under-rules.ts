import { catalog } from '../../shared/catalog';
import { rulesetOf, type Ruleset } from '../../shared/house-rules';
import type { CliIo } from './io';
import { loadRules } from './read-rules';
import { readProfileFiles, reportReading, type FileOutcome } from './read-profiles';

export interface ReadUnderRules {
  ruleset: Ruleset;
  /** Every file's outcome; refused files and migrations are already reported on stderr. */
  outcomes: FileOutcome[];
}

/**
 * The catalogue under the rules file (if given), and the profile files read against it. Null when the rules
 * file is invalid: its problems are on stderr and no profile is read.
 */
export async function readUnderRules(paths: readonly string[], rulesPath: string | undefined, io: CliIo): Promise<ReadUnderRules | null> {
  const rules = rulesPath === undefined ? null : await loadRules(rulesPath, io);
  if (rulesPath !== undefined && !rules) return null;
  const ruleset = rulesetOf(catalog, rules);
  const outcomes = await readProfileFiles(paths, io, ruleset.effective);
  reportReading(outcomes, io);
  return { ruleset, outcomes };
}
