import type { CriterionId, OptionId } from '../catalog/types';
import { descending, TOLERANCE } from './math';
import type { StabilityInterval } from './types';

/** A feasible option and its adjusted ratings in catalogue criterion order. */
export interface Contender {
  option: OptionId;
  ratings: readonly number[];
}

/** An option's score as the weight t of one criterion varies: intercept + slope × t. */
interface ScoreLine {
  option: OptionId;
  intercept: number;
  slope: number;
}

/**
 * For each criterion, the weight range over which the winner stays best among the feasible options when that
 * weight moves and the others are rescaled to fill the rest. Ties count as holding.
 */
export function stabilityIntervals(
  criteria: readonly CriterionId[],
  weights: readonly number[],
  winner: Contender,
  rivals: readonly Contender[],
): StabilityInterval[] {
  return criteria.map((criterion, index) => {
    const weight = weights[index]!;
    const line = (contender: Contender) => scoreLine(contender, weights, index);
    return { criterion, weight, ...holdingRange(line(winner), rivals.map(line), weight) };
  });
}

/**
 * With the other weights rescaled by (1 − t)/(1 − w), score(t) = 10 × (t × r_c + (1 − t) × rest), where rest is
 * the option's average rating over the other criteria under their current relative weights.
 */
function scoreLine({ option, ratings }: Contender, weights: readonly number[], criterion: number): ScoreLine {
  let otherTotal = 0;
  let weighted = 0;
  let plain = 0;
  for (let index = 0; index < ratings.length; index++) {
    if (index === criterion) continue;
    otherTotal += weights[index]!;
    weighted += ratings[index]! * weights[index]!;
    plain += ratings[index]!;
  }
  // When this criterion holds (almost) all the weight the others have no proportions left: spread equally.
  const rest = otherTotal > TOLERANCE ? weighted / otherTotal : plain / Math.max(1, ratings.length - 1);
  return { option, intercept: 10 * rest, slope: 10 * (ratings[criterion]! - rest) };
}

function holdingRange(
  winner: ScoreLine,
  rivals: readonly ScoreLine[],
  weight: number,
): Pick<StabilityInterval, 'low' | 'high' | 'takesOverBelow' | 'takesOverAbove'> {
  let low = 0;
  let high = 1;
  for (const rival of rivals) {
    const leadGrowth = winner.slope - rival.slope;
    // Parallel lines: the lead is the same at every weight, and it holds at the current one.
    if (Math.abs(leadGrowth) <= TOLERANCE) continue;
    const crossing = (rival.intercept - winner.intercept) / leadGrowth;
    // Ties hold, so the current weight is inside the range even where float noise puts the crossing past it.
    if (leadGrowth > 0) low = Math.max(low, Math.min(crossing, weight));
    else high = Math.min(high, Math.max(crossing, weight));
  }
  low = snapToEnds(low);
  high = snapToEnds(high);
  return {
    low,
    high,
    takesOverBelow: low > 0 ? leaderNear(rivals, low, -1) : null,
    takesOverAbove: high < 1 ? leaderNear(rivals, high, 1) : null,
  };
}

/** A bound within float noise of 0 or 1 is that end: nobody takes over there. */
function snapToEnds(bound: number): number {
  if (bound < TOLERANCE) return 0;
  return bound > 1 - TOLERANCE ? 1 : bound;
}

/** The rival on top just beside t in `direction` (−1 below, +1 above): highest at t, then steepest that way. */
function leaderNear(rivals: readonly ScoreLine[], t: number, direction: -1 | 1): OptionId {
  const leader = rivals.reduce((best, rival) => {
    const order = descending(valueAt(best, t), valueAt(rival, t)) || descending(direction * best.slope, direction * rival.slope);
    return order > 0 ? rival : best;
  });
  return leader.option;
}

function valueAt(line: ScoreLine, t: number): number {
  return line.intercept + line.slope * t;
}
