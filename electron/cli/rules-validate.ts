import { printable } from '../../shared/profile-file';
import { exitCodes, UsageError, type CliIo } from './io';
import { describeFailure } from './read-file';
import { readRulesFile } from './read-rules';

/** `hostwise rules validate FILE…`: a line per valid file, a line per problem of the others. */
export async function validateRules(paths: readonly string[], io: CliIo): Promise<number> {
  if (paths.length === 0) throw new UsageError('rules validate needs at least one FILE.', 'rules');
  let valid = true;
  for (const path of paths) {
    const outcome = await readRulesFile(path, io);
    if (outcome.ok) {
      const { name, version, hash } = outcome.rules.identity;
      io.stdout(`${path}: ok (${printable(name)} ${printable(version)}, sha256 ${hash})\n`);
    } else {
      valid = false;
      outcome.problems.forEach((problem) => io.stderr(describeFailure(path, problem)));
    }
  }
  return valid ? exitCodes.ok : exitCodes.invalid;
}
