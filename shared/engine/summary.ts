import type { Criterion } from '../catalog/types';
import * as format from './format';
import type { RankedCandidate } from './ranking';
import type { Confidence, Reason } from './types';

export interface SummaryFacts {
  profileName: string;
  winner: RankedCandidate;
  winProbability: number | null;
  confidence: Confidence | null;
  samples: number;
  runnerUp: RankedCandidate | null;
  margin: number | null;
  reasons: readonly Reason[];
  /** TOPSIS's favourite among the feasible options. */
  topsisFavourite: RankedCandidate;
  ruledOut: readonly RankedCandidate[];
  criteria: readonly Criterion[];
}

/** One paragraph an architect can paste into a design document. */
export function summarize(facts: SummaryFacts): string {
  return [recommendation(facts), confidence(facts), lead(facts), crossCheck(facts), ruledOut(facts)]
    .filter((part) => part !== '')
    .join(' ');
}

function recommendation({ profileName, winner }: SummaryFacts): string {
  return `For “${profileName}”, Hostwise recommends ${winner.option.name} (score ${format.points(winner.score)}/100).`;
}

function confidence({ confidence, winProbability, samples }: SummaryFacts): string {
  if (confidence === null || winProbability === null) {
    return 'No Monte Carlo simulation was run, so no confidence level is given.';
  }
  return `Confidence is ${confidence}: it wins ${format.share(winProbability)} of ${format.count(samples)} random draws of the weights around the profile’s own.`;
}

function lead({ runnerUp, margin, reasons, criteria }: SummaryFacts): string {
  const names = new Map(criteria.map((criterion) => [criterion.id, criterion.name]));
  const cited = (unit: string) =>
    format.list(reasons.map((reason) => `${names.get(reason.criterion)} (${unit}${format.points(reason.points)} points)`));
  if (runnerUp === null || margin === null) {
    return `It is the only option left open${reasons.length > 0 ? `; its strongest criteria are ${cited('')}` : ''}.`;
  }
  if (reasons.length === 0) {
    return `It ties with ${runnerUp.option.name} (${format.points(runnerUp.score)}) and comes first only on the tie-break (TOPSIS closeness, then catalogue order).`;
  }
  return `It leads ${runnerUp.option.name} (${format.points(runnerUp.score)}) by ${format.points(margin)} points, mainly on ${cited('+')}.`;
}

function crossCheck({ runnerUp, winner, topsisFavourite }: SummaryFacts): string {
  if (runnerUp === null) return '';
  return topsisFavourite === winner
    ? 'TOPSIS, a second scoring method, agrees.'
    : `TOPSIS, a second scoring method, prefers ${topsisFavourite.option.name}, so the choice is closer than the margin suggests.`;
}

function ruledOut({ ruledOut }: SummaryFacts): string {
  if (ruledOut.length === 0) return '';
  const entries = ruledOut.map(
    (option) => `${option.option.name} (${option.ruleOuts.map((ruleOut) => format.clause(ruleOut.reason)).join('; ')})`,
  );
  return `Ruled out: ${format.list(entries)}.`;
}
