import type { Catalog } from '../../shared/catalog';
import type { Block } from './document';
import { nameLookup } from './names';
import { headline, rankingHeaders, rankingRows } from './render-evaluation';
import { answerItems, decisionItem, type Reported } from './report-context';

/** A workload's report: the recommendation, its decision, the ranking, the reasons, why not the others, the answers. */
export function reportBlocks(workload: Reported, catalog: Catalog): Block[] {
  const names = nameLookup(catalog);
  const { profile, evaluation } = workload;
  const { reasons, whyNot } = evaluation.recommendation;
  return [
    { kind: 'heading', level: 2, text: `${profile.name} (${profile.id})` },
    ...headline(evaluation, names).trimEnd().split('\n').map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'list', items: [decisionItem(workload, catalog, names)] },
    { kind: 'heading', level: 3, text: 'Ranking' },
    { kind: 'table', headers: rankingHeaders, rows: rankingRows(evaluation.ranking, names) },
    { kind: 'heading', level: 3, text: 'Reasons' },
    { kind: 'list', items: reasons.map((reason) => ({ text: reason.sentence })) },
    { kind: 'heading', level: 3, text: 'Why not the others' },
    { kind: 'list', items: whyNot.map(({ option, reason }) => ({ text: `${names.option(option)}: ${reason}` })) },
    { kind: 'heading', level: 3, text: 'Answers' },
    { kind: 'list', items: answerItems(workload, catalog) },
  ];
}
