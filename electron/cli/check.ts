import { decisionStatus, describeStaleReason, type DecisionState } from '../../shared/decision';
import { evaluateUnder, type Ruleset } from '../../shared/house-rules';
import type { Profile } from '../../shared/profile';
import { printable } from '../../shared/profile-file';
import { flag, parseCommandArgs, text } from './args';
import type { Command } from './command';
import { exitCodes, UsageError } from './io';
import { nameLookup } from './names';
import { readUnderRules } from './read-under-rules';

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check that every decision is current: the CI gate for a repository of decisions',
  help: `Usage: hostwise check FILE… [--rules RULES] [--allow-undecided]

Checks the decision recorded on every profile in the files against the profile's evaluation
now. A decision is stale when the answers or weights changed since it was signed, when it
was made under another catalogue version or other house rules, when the recommendation it
accepted is no longer the recommendation, or when the option it chose instead is ruled out.
Prints one line per problem ("FILE: NAME (ID): stale: what changed", or "undecided"), then
a count.

Options:
  --rules RULES      Evaluate under a house rules file, as the decisions were made
  --allow-undecided  A profile without an accepted decision is no problem
  -h, --help         Show this help

Exit codes: 0 every decision is current, 1 a file is invalid, 2 usage error,
3 a decision is stale or a profile is undecided.
`,
  async run(argv, io) {
    const args = parseCommandArgs('check', argv, { rules: { type: 'string' }, 'allow-undecided': { type: 'boolean' } });
    if (args.positionals.length === 0) throw new UsageError('check needs at least one FILE.', 'check');
    const read = await readUnderRules(args.positionals, text(args, 'rules'), io);
    if (!read) return exitCodes.invalid;
    const allowUndecided = flag(args, 'allow-undecided');
    const states = read.outcomes.flatMap((outcome) =>
      outcome.ok ? outcome.profiles.map((profile) => ({ path: outcome.path, profile, state: stateOf(profile, read.ruleset) })) : [],
    );
    const problems = states.flatMap(({ path, profile, state }) => problemLines(path, profile, state, read.ruleset, allowUndecided));
    io.stdout([...problems, summary(states.map(({ state }) => state))].join(''));
    if (!read.outcomes.every((outcome) => outcome.ok)) return exitCodes.invalid;
    return problems.length === 0 ? exitCodes.ok : exitCodes.stale;
  },
};

function stateOf(profile: Profile, ruleset: Ruleset): DecisionState {
  return decisionStatus(profile, evaluateUnder(profile, ruleset, { samples: 0 }));
}

function problemLines(path: string, profile: Profile, state: DecisionState, ruleset: Ruleset, allowUndecided: boolean): string[] {
  const where = `${path}: ${printable(profile.name)} (${profile.id})`;
  if (state.status === 'current') return [];
  if (state.status === 'undecided') return allowUndecided ? [] : [`${where}: undecided${state.decision ? ' (proposed, not accepted)' : ''}\n`];
  const decided = nameLookup(ruleset.effective).option(state.decision.option);
  return state.reasons.map((reason) => `${where}: stale (${decided}): ${printable(describeStaleReason(reason, ruleset.effective))}\n`);
}

function summary(states: readonly DecisionState[]): string {
  const count = (status: DecisionState['status']) => states.filter((state) => state.status === status).length;
  return `${states.length} profile${states.length === 1 ? '' : 's'}: ${count('current')} current, ${count('stale')} stale, ${count('undecided')} undecided\n`;
}
