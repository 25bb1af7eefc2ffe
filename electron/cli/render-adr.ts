import { citationOf, type Catalog, type Rating } from '../../shared/catalog';
import type { Contribution, RankedOption } from '../../shared/engine';
import { percent } from '../../shared/engine/format';
import { describeIdentity } from '../../shared/house-rules';
import type { Block, Item } from './document';
import { nameLookup, type Names } from './names';
import { answerItems, decisionItem, type Reported } from './report-context';

/** How far (on the 0–10 scale) an option's rating must stand from the options' mean to count as a pro or a con. */
const distinct = 0.5;

/**
 * An Architecture Decision Record in the MADR layout: context and problem, decision drivers, considered options,
 * decision outcome with its justification, pros and cons of each option from the criteria, and the sources.
 */
export function adrBlocks(workload: Reported, catalog: Catalog): Block[] {
  const names = nameLookup(catalog);
  const { profile, evaluation } = workload;
  return [
    { kind: 'heading', level: 1, text: `Host ${profile.name} on ${names.option(chosenOption(workload))}` },
    { kind: 'list', items: metadata(workload) },
    { kind: 'heading', level: 2, text: 'Context and Problem Statement' },
    ...profile.notes.split(/\n\s*\n/).filter((text) => text.trim() !== '').map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'paragraph', text: `Which hosting option should ${profile.name} run on? The answers it was decided on:` },
    { kind: 'list', items: answerItems(workload, catalog) },
    { kind: 'heading', level: 2, text: 'Decision Drivers' },
    { kind: 'list', items: drivers(workload, names) },
    { kind: 'heading', level: 2, text: 'Considered Options' },
    { kind: 'list', items: evaluation.ranking.map((option) => ({ text: names.option(option.option) })) },
    { kind: 'heading', level: 2, text: 'Decision Outcome' },
    { kind: 'paragraph', text: outcome(workload, names) },
    { kind: 'list', items: [decisionItem(workload, catalog, names)] },
    { kind: 'heading', level: 2, text: 'Pros and Cons of the Options' },
    ...evaluation.ranking.flatMap((option) => prosAndCons(option, evaluation.ranking, catalog, names)),
    { kind: 'heading', level: 2, text: 'More Information' },
    { kind: 'paragraph', text: 'The ratings above cite these sources:' },
    { kind: 'list', items: sources(evaluation.ranking, catalog) },
  ];
}

function chosenOption({ state, evaluation }: Reported): string {
  return state.decision?.option ?? evaluation.recommendation.winner;
}

function metadata({ profile, evaluation, state }: Reported): Item[] {
  const rules = evaluation.houseRules ? describeIdentity(evaluation.houseRules) : 'none';
  return [
    { text: `Status: ${state.decision?.status ?? 'proposed'}` },
    { text: `Deciders: ${state.decision?.by ?? 'not yet decided'}` },
    { text: `Date: ${(state.decision?.at ?? profile.updatedAt).slice(0, 10)}` },
    { text: `Hostwise catalogue version ${evaluation.catalogVersion}; house rules: ${rules}` },
    ...(state.decision ? [{ text: `Inputs fingerprint: sha256 ${state.decision.inputs.fingerprint}` }] : []),
  ];
}

function drivers({ evaluation }: Reported, names: Names): Item[] {
  return Object.entries(evaluation.weights)
    .filter(([, weight]) => weight > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([criterion, weight]) => ({ text: `${names.criterion(criterion as Contribution['criterion'])} (weight ${percent(weight)})` }));
}

function outcome(workload: Reported, names: Names): string {
  const { state, evaluation } = workload;
  const chosen = `Chosen option: “${names.option(chosenOption(workload))}”`;
  if (state.decision?.kind === 'override') return `${chosen}, because ${state.decision.justification}`;
  const reasons = evaluation.recommendation.reasons.map((reason) => reason.sentence).join(' ');
  const proposed = state.decision ? '' : ' (proposed: the recommendation, not yet accepted)';
  return `${chosen}${proposed}, because it is Hostwise's recommendation and it leads on these criteria: ${reasons || 'none separates it from the runner-up.'}`;
}

function prosAndCons(option: RankedOption, ranking: readonly RankedOption[], catalog: Catalog, names: Names): Block[] {
  const items: Item[] = option.ruledOut ? [{ text: `Bad, because it is ruled out: ${option.reason ?? ''}` }] : [];
  for (const contribution of option.contributions.filter((candidate) => candidate.weight > 0)) {
    const mean = ranking.reduce((sum, other) => sum + adjusted(other, contribution.criterion), 0) / ranking.length;
    const verdict = contribution.adjustedRating - mean >= distinct ? 'Good' : mean - contribution.adjustedRating >= distinct ? 'Bad' : 'Neutral';
    const rationale = ratingOf(catalog, option.option, contribution.criterion)?.rationale ?? '';
    const adjustments = contribution.adjustments.map((adjustment) => ({ text: `Adjusted for this workload: ${adjustment.reason}` }));
    items.push({ text: `${verdict}, because ${names.criterion(contribution.criterion)} rates ${contribution.adjustedRating}/10: ${rationale}`, items: adjustments });
  }
  return [{ kind: 'heading', level: 3, text: names.option(option.option) }, { kind: 'list', items }];
}

function adjusted(option: RankedOption, criterion: Contribution['criterion']): number {
  return option.contributions.find((contribution) => contribution.criterion === criterion)?.adjustedRating ?? 0;
}

function ratingOf(catalog: Catalog, option: string, criterion: string): Rating | undefined {
  return catalog.ratings.find((rating) => rating.option === option && rating.criterion === criterion);
}

/** Each source the weighted criteria's ratings cite, once, with its address where it has one. */
function sources(ranking: readonly RankedOption[], catalog: Catalog): Item[] {
  const cited = new Map<string, Item>();
  for (const option of ranking) {
    for (const contribution of option.contributions.filter((candidate) => candidate.weight > 0)) {
      const rating = ratingOf(catalog, option.option, contribution.criterion);
      if (!rating) continue;
      const citation = citationOf(rating.basis, catalog);
      const text = citation.judgement ? citation.source : `${citation.source}, ${citation.publisher}`;
      cited.set(text, { text, ...(citation.url ? { url: citation.url } : {}) });
    }
  }
  return [...cited.values()];
}
