import type { RankedOption } from '../../../shared/engine/types';
import type { Labels } from '../../catalog/labels';

/** An option's name as a chart series, marked when it is ruled out. */
export function seriesName(option: RankedOption, labels: Labels): string {
  const name = labels.option(option.option);
  return option.ruledOut ? `${name} (ruled out)` : name;
}
