import { describeIdentity, entryNames, sameOutcome } from '../../shared/house-rules';
import type { AppliedRules, Recommendation, RuleEffect } from '../../shared/engine';
import type { Names } from './names';
import { outcomeText } from './outcome-text';

/** The rules an evaluation was made under, what each entry changed, and what the plain catalogue would say. */
export function houseRulesSection(applied: AppliedRules, recommendation: Recommendation, names: Names): string {
  const plain = sameOutcome(applied.without, recommendation) ? [] : [`  Without the house rules: ${outcomeText(applied.without, names)}.\n`];
  return [`House rules: ${describeIdentity(applied)}\n`, ...applied.effects.map((effect) => effectLine(effect)), ...plain].join('');
}

/** "  - Rule-out no-gvisor: Rules out …" */
export function effectLine({ kind, entry, change }: RuleEffect, mark = ''): string {
  return `  - ${entryNames[kind]} ${entry}${mark}: ${change}\n`;
}
