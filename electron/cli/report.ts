import { evaluateUnder } from '../../shared/house-rules';
import { flag, parseCommandArgs, text } from './args';
import type { Command } from './command';
import { toMarkdown, toText, type Block } from './document';
import { exitCodes, UsageError } from './io';
import { profilesOf } from './read-profiles';
import { readUnderRules } from './read-under-rules';
import { adrBlocks } from './render-adr';
import { reportBlocks } from './render-report';
import { reported } from './report-context';

const formats = { md: toMarkdown, text: toText } as const;

export const reportCommand: Command = {
  name: 'report',
  summary: 'Write a Markdown report, or an Architecture Decision Record, per workload',
  help: `Usage: hostwise report FILE… [--format md|text] [--adr] [--rules RULES]

Writes a report for every profile in the files: the recommendation, the decision and whether
it still stands, the ranking, the reasons, why not the others, and the answers.

With --adr, an Architecture Decision Record per workload in the MADR layout: context and
problem statement, decision drivers, considered options, decision outcome with its
justification, pros and cons of each option from the criteria, and the sources. Text from
the files (names, notes, justifications) is escaped: it cannot add Markdown or HTML.

Options:
  --format md|text  Markdown (the default) or plain text
  --adr             An Architecture Decision Record per workload
  --rules RULES     Evaluate under a house rules file
  -h, --help        Show this help

Exit codes: 0 success, 1 a file is invalid, 2 usage error.
`,
  async run(argv, io) {
    const args = parseCommandArgs('report', argv, { format: { type: 'string' }, adr: { type: 'boolean' }, rules: { type: 'string' } });
    if (args.positionals.length === 0) throw new UsageError('report needs at least one FILE.', 'report');
    const format = text(args, 'format') ?? 'md';
    if (format !== 'md' && format !== 'text') throw new UsageError(`--format takes md or text, not "${format}".`, 'report');
    const read = await readUnderRules(args.positionals, text(args, 'rules'), io);
    if (!read) return exitCodes.invalid;
    const catalog = read.ruleset.effective;
    const blocksOf = flag(args, 'adr') ? adrBlocks : reportBlocks;
    const workloads = profilesOf(read.outcomes).map((profile) => reported(profile, evaluateUnder(profile, read.ruleset)));
    const heading: Block[] = flag(args, 'adr') ? [] : [{ kind: 'heading', level: 1, text: 'Hostwise report' }];
    io.stdout([heading, ...workloads.map((workload) => blocksOf(workload, catalog))].map((blocks) => formats[format](blocks)).filter(Boolean).join('\n'));
    return read.outcomes.every((outcome) => outcome.ok) ? exitCodes.ok : exitCodes.invalid;
  },
};
