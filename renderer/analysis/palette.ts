import type { CriterionId, OptionId } from '../../shared/catalog';
import type { ConfidenceLevel } from './format';

/*
 * Colours are CSS custom properties defined in analysis.css, so one value follows light, dark and print.
 * An id the stylesheet does not know (a newer catalogue) falls back to a neutral colour.
 */

export function optionColor(id: OptionId): string {
  return `var(--hwa-option-${id}, var(--hwa-series-fallback))`;
}

export function criterionColor(id: CriterionId): string {
  return `var(--hwa-criterion-${id}, var(--hwa-series-fallback))`;
}

export function confidenceColor(level: ConfidenceLevel): string {
  return `var(--hwa-confidence-${level})`;
}
