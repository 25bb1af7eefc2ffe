import type { Criterion, Question } from '../catalog/types';
import * as format from './format';
import { descending, TOLERANCE } from './math';
import type { RatingLookup } from './ratings';
import type { RankedCandidate } from './ranking';
import type { Contribution, Reason } from './types';

/** What sentences need beyond the ranked options: criterion names and the catalogue's rating rationales. */
export interface Glossary {
  /** Catalogue order, parallel to every option's contributions. */
  criteria: readonly Criterion[];
  ratings: RatingLookup;
  questions: readonly Question[];
}

const reasonCount = 3;

/**
 * The criteria on which the winner gains most over the runner-up, largest first; without a runner-up,
 * the winner's largest contributions.
 */
export function strongestReasons(
  winner: RankedCandidate,
  runnerUp: RankedCandidate | null,
  glossary: Glossary,
): Reason[] {
  return winner.contributions
    .map((own, index) => {
      const other = runnerUp?.contributions[index];
      return { own, other, criterion: glossary.criteria[index]!, points: own.points - (other?.points ?? 0) };
    })
    .filter((edge) => edge.points > TOLERANCE)
    .sort((a, b) => descending(a.points, b.points))
    .slice(0, reasonCount)
    .map(({ own, other, criterion, points }) => {
      const comparison =
        runnerUp && other
          ? `rates ${format.rating(own.adjustedRating)} against ${format.rating(other.adjustedRating)} for ${runnerUp.option.name}, +${format.points(points)} points`
          : `rates ${format.rating(own.adjustedRating)}, ${format.points(points)} points`;
      const sentence = `${heading(criterion, own)}: ${winner.option.name} ${comparison} — ${basis(winner, own, glossary)}`;
      return { criterion: criterion.id, points, sentence };
    });
}

/** Why `option` is not the recommendation: its rule-outs, or the criterion where it loses most to the winner. */
export function whyNot(option: RankedCandidate, winner: RankedCandidate, glossary: Glossary): string {
  const name = option.option.name;
  if (option.ruleOuts.length > 0) {
    return `${name} is ruled out: ${option.ruleOuts.map((ruleOut) => format.sentence(ruleOut.reason)).join(' ')}`;
  }
  const losses = option.contributions.map((own, index) => ({
    own,
    theirs: winner.contributions[index]!,
    criterion: glossary.criteria[index]!,
  }));
  const worst = losses.reduce((a, b) => (b.theirs.points - b.own.points > a.theirs.points - a.own.points ? b : a));
  const loss = worst.theirs.points - worst.own.points;
  const scores = `${name} scores ${format.points(option.score)} against ${format.points(winner.score)} for ${winner.option.name}`;
  if (loss <= TOLERANCE) {
    return `${scores}: it rates the same on every weighted criterion and comes after it in the catalogue.`;
  }
  return (
    `${scores}; it loses most on ${heading(worst.criterion, worst.own)}, rating ${format.rating(worst.own.adjustedRating)} ` +
    `against ${format.rating(worst.theirs.adjustedRating)}, ${format.points(loss)} points behind — ${basis(option, worst.own, glossary)}`
  );
}

function heading(criterion: Criterion, contribution: Contribution): string {
  return `${criterion.name} (weight ${format.percent(contribution.weight)})`;
}

/** The catalogue's rationale for the rating, and what this profile's answers changed about it. */
function basis(option: RankedCandidate, contribution: Contribution, glossary: Glossary): string {
  const rationale = format.sentence(glossary.ratings(option.option.id, contribution.criterion).rationale);
  const adjustments = contribution.adjustments.map((adjustment) => format.sentence(adjustment.reason));
  return adjustments.length > 0 ? `${rationale} For this workload: ${adjustments.join(' ')}` : rationale;
}
