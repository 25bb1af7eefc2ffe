import type { RuleEffect } from '../../shared/engine';
import { entryNames } from '../../shared/house-rules';

/** "  - Rule-out no-gvisor: Rules out …" */
export function effectLine({ kind, entry, change }: RuleEffect, mark = ''): string {
  return `  - ${entryNames[kind]} ${entry}${mark}: ${change}\n`;
}
