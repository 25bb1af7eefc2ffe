import { diffProfiles } from '../../shared/decision';
import { evaluateUnder, type Ruleset } from '../../shared/house-rules';
import type { Profile } from '../../shared/profile';
import { flag, parseCommandArgs, text } from './args';
import type { Command } from './command';
import { toMarkdown, toText } from './document';
import { gitDiffArgs, noFile } from './git-driver';
import { exitCodes, UsageError } from './io';
import { profilesOf } from './read-profiles';
import { readUnderRules } from './read-under-rules';
import { diffBlocks } from './render-diff';

export const diffCommand: Command = {
  name: 'diff',
  summary: 'Compare two versions of a profile file: changes, and how each recommendation moved',
  help: `Usage: hostwise diff OLD NEW [--rules RULES] [--json | --markdown]
       hostwise diff PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE   (as git's diff driver)

Compares two versions of a profile file, workload by workload (matched by id): workloads
added and removed; for each workload in both, the answers changed (with what the new answer
does), the weights changed, the recommendation before and after with the reasons that moved
it, and the decision before and after (and whether it is still current). Both versions are
evaluated with the current catalogue (and RULES, if given).

Given git's seven arguments it works as a git diff driver and prints "hostwise diff PATH"
first. In .gitattributes:        *.hostwise diff=hostwise
and once per clone:              git config diff.hostwise.command "hostwise diff"

Options:
  --rules RULES  Evaluate both versions under a house rules file
  --json         Print the comparison as JSON: added, removed, compared
  --markdown     Print Markdown, e.g. for a pull-request comment
  -h, --help     Show this help

Exit codes: 0 compared (whether or not anything changed), 1 a file is invalid, 2 usage error.
`,
  async run(argv, io) {
    const args = parseCommandArgs('diff', argv, { rules: { type: 'string' }, json: { type: 'boolean' }, markdown: { type: 'boolean' } });
    const git = gitDiffArgs(args.positionals);
    const [oldPath, newPath] = git ? [git.oldFile, git.newFile] : args.positionals;
    if (oldPath === undefined || newPath === undefined || (!git && args.positionals.length > 2)) {
      throw new UsageError('diff needs an OLD and a NEW profile file.', 'diff');
    }
    if (flag(args, 'json') && flag(args, 'markdown')) throw new UsageError('diff takes --json or --markdown, not both.', 'diff');
    const read = await readUnderRules([oldPath, newPath].filter((path) => path !== noFile), text(args, 'rules'), io);
    if (!read) return exitCodes.invalid;
    if (!read.outcomes.every((outcome) => outcome.ok)) return exitCodes.invalid;
    const side = (path: string) => (path === noFile ? [] : profilesOf(read.outcomes.filter((outcome) => outcome.path === path)));
    const diff = diffProfiles(side(oldPath), side(newPath), evaluator(read.ruleset), read.ruleset.effective);
    const header = git ? `hostwise diff ${git.path}\n` : '';
    if (flag(args, 'json')) io.stdout(`${JSON.stringify(diff, null, 2)}\n`);
    else io.stdout(header + (flag(args, 'markdown') ? toMarkdown : toText)(diffBlocks(diff, read.ruleset.effective)));
    return exitCodes.ok;
  },
};

function evaluator(ruleset: Ruleset) {
  return (profile: Profile) => evaluateUnder(profile, ruleset, { samples: 0 });
}
