import { catalog, citationOf, describeAnswer, type Basis, type Catalog } from '../../shared/catalog';
import { flag, parseCommandArgs } from './args';
import type { Command } from './command';
import { exitCodes, UsageError } from './io';
import { nameLookup } from './names';
import { formatTable } from './table';

export const catalogCommand: Command = {
  name: 'catalog',
  summary: 'Print the criteria, options, ratings and questionnaire',
  help: `Usage: hostwise catalog [--json]

Prints the catalogue Hostwise decides with: the criteria and their base weights, the hosting
options, every rating with its rationale and citation, and every question with its answers
and their effects.

Options:
  --json       Print the catalogue as JSON
  -h, --help   Show this help
`,
  async run(argv, io) {
    const args = parseCommandArgs('catalog', argv, { json: { type: 'boolean' } });
    if (args.positionals.length > 0) throw new UsageError('catalog takes no FILE.', 'catalog');
    io.stdout(flag(args, 'json') ? `${JSON.stringify(catalog, null, 2)}\n` : renderCatalog(catalog));
    return exitCodes.ok;
  },
};

function renderCatalog(catalog: Catalog): string {
  const names = nameLookup(catalog);
  return [
    `Hostwise catalogue, version ${catalog.version}\n`,
    '\nCriteria\n',
    formatTable(
      ['Criterion', 'Base weight', 'Description'],
      catalog.criteria.map((criterion) => [criterion.name, String(criterion.baseWeight), criterion.description]),
      ['left', 'right'],
    ),
    '\nHosting options\n',
    ...catalog.options.map((option) => `  ${option.name} (${option.id}): ${option.description}\n`),
    '\nRatings (0 serves the criterion worst, 10 best)\n',
    ...catalog.ratings.map(
      (rating) =>
        `  ${names.option(rating.option)} × ${names.criterion(rating.criterion)}: ${rating.likely}/10 (${rating.low}–${rating.high}). ${rating.rationale} [${cite(rating.basis, catalog)}]\n`,
    ),
    '\nQuestionnaire\n',
    ...catalog.questions.flatMap((question) => [
      `\n  ${question.id}: ${question.text}\n`,
      ...question.answers.flatMap((answer) => [
        `    - ${answer.id}: ${answer.label}\n`,
        ...describeAnswer(question, answer, catalog).map((effect) => `        ${effect}\n`),
      ]),
    ]),
  ].join('');
}

function cite(basis: Basis, catalog: Catalog): string {
  const citation = citationOf(basis, catalog);
  return [citation.source, citation.publisher, citation.section, citation.url].filter(Boolean).join(', ');
}
