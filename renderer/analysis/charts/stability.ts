import type { OptionId } from '../../../shared/catalog';
import type { StabilityInterval } from '../../../shared/engine/types';
import { percent } from '../format';
import type { Labels } from '../../catalog/labels';

/** How far the weight can move (down or up) before another option wins; Infinity where nobody ever takes over. */
export function slack({ weight, low, high, takesOverBelow, takesOverAbove }: StabilityInterval): number {
  return Math.min(takesOverBelow ? weight - low : Infinity, takesOverAbove ? high - weight : Infinity);
}

/** The most fragile criteria first. */
export function byFragility(intervals: readonly StabilityInterval[]): StabilityInterval[] {
  return [...intervals].sort((a, b) => slack(a) - slack(b));
}

/** The interval in words, e.g. "Weight now 19%. Containers on VMs stays ahead from 0% to 28%; above 28% Virtual machine takes over." */
export function stabilitySentence(interval: StabilityInterval, winner: OptionId, labels: Labels): string {
  const { weight, low, high, takesOverBelow, takesOverAbove } = interval;
  const takeovers = [
    takesOverBelow ? `below ${percent(low)} ${labels.option(takesOverBelow)} takes over` : null,
    takesOverAbove ? `above ${percent(high)} ${labels.option(takesOverAbove)} takes over` : null,
  ].filter((part) => part !== null);
  const name = labels.option(winner);
  const holds =
    takeovers.length > 0
      ? `${name} stays ahead from ${percent(low)} to ${percent(high)}; ${takeovers.join('; ')}.`
      : `${name} stays ahead at any weight.`;
  return `Weight now ${percent(weight)}. ${holds}`;
}
