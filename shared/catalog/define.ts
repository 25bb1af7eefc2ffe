import type { Basis, Condition, CriterionId, Effect, OptionId, Rule } from './types';

/** Helpers that keep the question files readable as data. */

/** Every option that runs the workload as a container, on whatever host or sandbox. */
export const containerOptions = ['container', 'container-on-vm', 'microvm-sandbox', 'userspace-sandbox'] as const satisfies OptionId[];
/** Options whose containers share a host or node kernel with their neighbours. */
export const sharedKernelOptions = ['container', 'container-on-vm'] as const satisfies OptionId[];
export const sandboxOptions = ['microvm-sandbox', 'userspace-sandbox'] as const satisfies OptionId[];

export function rule(id: string, when: Condition, effect: Effect, reason: string, basis: Basis): Rule {
  return { id, when, effect, reason, basis };
}

export function rating(options: readonly OptionId[], criterion: CriterionId, delta: number): Effect {
  return { kind: 'rating', options, criterion, delta };
}

export function ruleOut(...options: OptionId[]): Effect {
  return { kind: 'rule-out', options };
}

export const note: Effect = { kind: 'note' };
