import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { evaluateUnder } from '../../shared/house-rules';
import { flag, integerOption, parseCommandArgs, text } from './args';
import type { Command } from './command';
import { exitCodes, UsageError, type CliIo } from './io';
import { filesOf, profilesOf } from './read-profiles';
import { readUnderRules } from './read-under-rules';
import { portfolioRows, portfolioTable, portfolioXlsx, tableCsv, type PortfolioRow } from '../export/portfolio-table';
import { renderEvaluation } from './render-evaluation';

const maxSamples = 100_000;
const maxSeed = 2 ** 32 - 1;

export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'Recommend a hosting option for every profile in the files',
  help: `Usage: hostwise evaluate FILE… [--rules RULES] [--json | --csv | --xlsx OUT.xlsx] [--samples N] [--seed S]

Evaluates every profile in the profile files: the recommendation, the ranking (score, TOPSIS,
win probability), the three strongest reasons, why each other option lost, and how far each
criterion's weight can move before the winner changes.

Options:
  --rules RULES  Evaluate under a house rules file (.hostwise-rules.json): its questions,
                 organisation answers, default weights, rating shifts, rule-outs and required
                 questions apply, and the output names the rules (name, version, SHA-256),
                 what each entry changed, and what the plain catalogue would recommend.
                 An invalid rules file is reported on stderr and nothing is evaluated.
  --json         Print an array of Evaluation objects (one per profile) instead of text;
                 under --rules each has "houseRules": name, version, hash, effects, without
  --csv          Print the portfolio as CSV, one row per workload: group (its file), name,
                 status (recommended or why not), leading option, confidence, runner-up,
                 margin in points, deciding reasons, questions to answer first, rules applied,
                 decision (accepted or overridden option, stale or not); every cell safe to open
                 in a spreadsheet
  --xlsx OUT     Write the same portfolio as an XLSX workbook to OUT, with an autofilter (every
                 cell text but the margins, never a formula, neutralised like the CSV's) and
                 print where it went
  --samples N    Monte Carlo weight draws, 0 to ${maxSamples.toLocaleString('en-US')} (default 10,000; 0 skips the simulation)
  --seed S       Seed of the simulation, 0 to ${maxSeed} (default 1): same seed, same result
  -h, --help     Show this help

Files that cannot be read are reported on stderr and the others still evaluated.
Exit codes: 0 success, 1 a file is invalid or the workbook cannot be written, 2 usage error.
`,
  async run(argv, io) {
    const args = parseCommandArgs('evaluate', argv, {
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      xlsx: { type: 'string' },
      rules: { type: 'string' },
      samples: { type: 'string' },
      seed: { type: 'string' },
    });
    if (args.positionals.length === 0) throw new UsageError('evaluate needs at least one FILE.', 'evaluate');
    const xlsx = text(args, 'xlsx');
    if ([flag(args, 'json'), flag(args, 'csv'), xlsx !== undefined].filter(Boolean).length > 1) throw new UsageError('Choose one of --json, --csv and --xlsx.', 'evaluate');
    const options = {
      samples: integerOption('evaluate', 'samples', text(args, 'samples'), { min: 0, max: maxSamples }),
      seed: integerOption('evaluate', 'seed', text(args, 'seed'), { min: 0, max: maxSeed }),
    };
    const read = await readUnderRules(args.positionals, text(args, 'rules'), io);
    if (!read) return exitCodes.invalid;
    const { ruleset, outcomes } = read;
    const profiles = profilesOf(outcomes);
    const evaluations = profiles.map((profile) => evaluateUnder(profile, ruleset, options));
    // The group of a workload is the file it came from.
    const workloads = filesOf(outcomes).map((file, index) => ({ group: basename(file), profile: profiles[index]!, evaluation: evaluations[index]! }));
    const portfolio = portfolioRows(workloads, ruleset.effective);
    if (xlsx !== undefined) {
      if (!(await writeXlsx(xlsx, portfolio, io))) return exitCodes.invalid;
    } else if (flag(args, 'csv')) io.stdout(tableCsv(portfolioTable(portfolio)));
    else io.stdout(flag(args, 'json') ? `${JSON.stringify(evaluations, null, 2)}\n` : evaluations.map((e) => renderEvaluation(e, ruleset.effective)).join('\n'));
    return outcomes.every((outcome) => outcome.ok) ? exitCodes.ok : exitCodes.invalid;
  },
};

/** The portfolio written as a workbook; where it went on stdout, or why it could not be written on stderr. */
async function writeXlsx(out: string, portfolio: readonly PortfolioRow[], io: CliIo): Promise<boolean> {
  try {
    await writeFile(out, await portfolioXlsx(portfolioTable(portfolio)));
  } catch (error) {
    io.stderr(`${out}: cannot be written: ${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
  io.stdout(`Wrote the portfolio of ${portfolio.length.toLocaleString('en-US')} workload${portfolio.length === 1 ? '' : 's'} to ${out}\n`);
  return true;
}
