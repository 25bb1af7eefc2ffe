import { flag, parseCommandArgs } from './args';
import type { Command } from './command';
import { UsageError } from './io';
import { diffRulesFiles } from './rules-diff';
import { validateRules } from './rules-validate';

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'Check house rules files, or compare two versions and whose recommendation changes',
  help: `Usage: hostwise rules validate FILE…
       hostwise rules diff OLD NEW [PROFILES…] [--json]

House rules (.hostwise-rules.json) are a team's policy on top of the catalogue: its own
questions, organisation-wide answers, default weights, rating shifts, rule-outs and
required questions.

rules validate FILE…
  Checks each rules file and prints "FILE: ok (name version, sha256 HASH)" on stdout, or
  one line per problem on stderr: "FILE: code at $.path: message".

rules diff OLD NEW [PROFILES…]
  Prints the two versions' names, versions and SHA-256 hashes, and every entry added,
  removed or changed (by kind and id; reordering properties is no change). Given profile
  files (read against OLD), it also lists each profile whose recommendation changes: its
  status and option before → after, and what the NEW rules do to it.

Options:
  --json       (diff) Print the comparison as JSON: before, after, entries, recommendations
  -h, --help   Show this help

Exit codes: 0 success, 1 a file is invalid, 2 usage error.
`,
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (action === 'validate') return validateRules(parseCommandArgs('rules', rest, {}).positionals, io);
    if (action === 'diff') {
      const args = parseCommandArgs('rules', rest, { json: { type: 'boolean' } });
      return diffRulesFiles(args.positionals, io, flag(args, 'json'));
    }
    throw new UsageError(action === undefined ? 'rules needs validate or diff.' : `Unknown rules command "${action}"; use validate or diff.`, 'rules');
  },
};
